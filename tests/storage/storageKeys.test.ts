import { Programme } from '../../bot/src/domain/programme';
import { TableStorage } from '../../bot/src/storage';
import { auditRowKey, escapeKeyPart, programmeRowKind, unescapeKeyPart } from '../../bot/src/storage/keys';
import { conversation, followUp, nominatedProgramme, person } from '../support/programmeFixtures';
import { audit, newStorage } from './harness';

// Text users (or Teams) put in ids, with everything Table Storage forbids in keys or that breaks
// URLs and OData filters, plus our own separators.
const NASTY = [
  'a/b\\c#d?e%f\'g|h~i',
  'tab\tnew\nline\u0000nul\u007fdel\u0085nel',
  'Ærø Æblegrød – blåbær',
  '🚀 take-off 👩🏽‍💼',
  '~7E already looks escaped ~7C',
  "O'Brien's ''quoted''",
];

describe('keys built from user text', () => {
  let storage: TableStorage;

  beforeAll(async () => {
    storage = await newStorage('keys');
  });

  it.each(NASTY)('escape and unescape give back %j unchanged, with no forbidden character left', (text) => {
    const key = escapeKeyPart(text);

    expect(unescapeKeyPart(key)).toBe(text);
    expect(key).not.toMatch(/[\u0000-\u001f\u007f-\u009f/\\#?%'|]/);
  });

  it('a programme whose ids and people are full of odd characters is stored, found and listed', async () => {
    // The domain refuses control characters in its own ids (keys would still escape them reversibly:
    // see keyLimits.test.ts), so the programme carries every other odd id.
    const ids = NASTY.filter((text) => !/[\u0000-\u001f\u007f-\u009f]/.test(text));
    const trainee = person('Søren Ærø', NASTY[0]);
    const leader = person('Leder', NASTY[3]);
    const state = nominatedProgramme({
      id: `programme ${ids.join(' ')}`,
      departmentId: NASTY[5],
      trainee,
      leader,
      conversations: ids.map((id) => conversation({ id })),
      followUps: ids.map((id) => followUp({ id })),
    });

    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));

    expect((await storage.programmes.load(state.id)).programme.toState()).toEqual(state);
    expect((await storage.programmes.listForPerson(trainee.id)).map((p) => p.id)).toEqual([state.id]);
    expect((await storage.programmes.listForPerson(leader.id)).map((p) => p.id)).toEqual([state.id]);
    expect((await storage.programmes.listForDepartment(NASTY[5])).map((p) => p.id)).toEqual([state.id]);
    expect(await storage.programmes.auditLog(state.id)).toHaveLength(1);
  });

  it('a row key that starts with the tilde of the audit rows can never be produced from user text', () => {
    for (const text of NASTY) {
      expect(programmeRowKind(`conversation|${escapeKeyPart(text)}`)).toBe('conversation');
    }
    expect(programmeRowKind(auditRowKey('2025-03-01T08:00:00.000Z', 'n'))).toBeUndefined();
  });

  it('audit row keys sort newest first', () => {
    const older = auditRowKey('2025-03-01T08:00:00.000Z', 'x');
    const newer = auditRowKey('2025-03-01T08:00:00.001Z', 'x');

    expect(newer < older).toBe(true);
    expect(newer.startsWith('~audit|')).toBe(true);
  });
});
