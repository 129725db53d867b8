// Ids and sizes that storage can always read back, on the real Azurite: what cannot be stored and
// found again is refused before anything is written; what is accepted comes back unchanged.
import { TableClient } from '@azure/data-tables';
import type { StoredConversationReference } from '../../bot/src/application/ports';
import { InvalidProgrammeStateError } from '../../bot/src/domain/errors';
import { Programme } from '../../bot/src/domain/programme';
import { MAX_ID } from '../../bot/src/domain/validation';
import { TableStorage } from '../../bot/src/storage';
import { MAX_AUDIT_TEXT } from '../../bot/src/storage/auditRows';
import { conversationRowKey, MAX_KEY_LENGTH, personRowKey, programmePartitionKey } from '../../bot/src/storage/keys';
import { InvalidStorageKeyError } from '../../bot/src/storage/storageErrors';
import { conversation, followUp, nominatedProgramme, person } from '../support/programmeFixtures';
import { audit, newStorage, rawTable } from './harness';

const LONE = '\uD800';

async function allRows(table: TableClient): Promise<unknown[]> {
  const rows: unknown[] = [];
  for await (const row of table.listEntities()) rows.push(row);
  return rows;
}

const reference = (id: string): StoredConversationReference => ({
  conversation: { id, conversationType: 'personal', tenantId: 't' },
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  bot: { id: 'bot' },
});

/** A string without a lone surrogate (what Table Storage gives back unchanged). */
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('ids storage could not read back are refused before anything is written', () => {
  let storage: TableStorage;

  beforeEach(async () => {
    storage = await newStorage('keys');
  });

  it('a programme id with a lone surrogate is refused, and no programme or index row is written', async () => {
    const state = nominatedProgramme({ id: `programme-${LONE}` });

    await expect(async () => storage.programmes.create(Programme.fromState(state), audit('programme.nominated'))).rejects.toThrow(
      InvalidProgrammeStateError,
    );
    await expect(storage.programmes.load(state.id)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(() => programmePartitionKey(state.id)).toThrow(InvalidStorageKeyError);

    expect(await allRows(rawTable(storage, 'Programmes'))).toEqual([]);
    expect(await allRows(rawTable(storage, 'PersonIndex'))).toEqual([]);
    expect(await allRows(rawTable(storage, 'DepartmentIndex'))).toEqual([]);
  });

  it('a person id with a lone surrogate is refused with a clear error, and nothing is written', async () => {
    const error = await storage.people
      .add({ id: `aad-${LONE}-1`, name: 'Søren', isProgrammeAdmin: false, hrDepartmentIds: [] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidStorageKeyError);
    expect((error as Error).message).toContain('person id "aad-\\ud800-1"');
    expect((error as Error).message).toContain('surrogate');
    expect((error as Error).message).toContain('Intet blev gemt');
    expect(await allRows(rawTable(storage, 'People'))).toEqual([]);
    await expect(storage.people.find(`aad-${LONE}-1`)).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });

  it('a conversation reference for a user id (or a conversation id) with a lone surrogate is refused, and nothing is written', async () => {
    await expect(storage.conversationReferences.save(`user-${LONE}`, reference('a:1personal'))).rejects.toBeInstanceOf(
      InvalidStorageKeyError,
    );
    await expect(storage.conversationReferences.save('user-1', reference(`a:1personal${LONE}`))).rejects.toBeInstanceOf(
      InvalidStorageKeyError,
    );

    expect(await allRows(rawTable(storage, 'ConversationRefs'))).toEqual([]);
  });

  it('a department id or an activity id with a lone low surrogate is refused, and nothing is written', async () => {
    await expect(storage.departments.add({ id: `bu\uDC00`, name: 'Børn og Unge', hrConsultants: [] })).rejects.toBeInstanceOf(
      InvalidStorageKeyError,
    );
    await expect(storage.handledActivities.markHandled('19:abc@thread.v2', `f:${LONE}`)).rejects.toBeInstanceOf(InvalidStorageKeyError);

    expect(await allRows(rawTable(storage, 'Departments'))).toEqual([]);
    expect(await allRows(rawTable(storage, 'HandledActivities'))).toEqual([]);
  });

  it('an id too long for a table key is refused with a clear error naming the limit, and nothing is written', async () => {
    const long = `aad-${'x'.repeat(MAX_KEY_LENGTH)}`;

    const error = await storage.people.add({ id: long, name: 'Lang', isProgrammeAdmin: false, hrDepartmentIds: [] }).catch((e: unknown) => e);
    await expect(storage.handledActivities.markHandled(`19:${'y'.repeat(600)}@thread.v2`, 'f:1')).rejects.toBeInstanceOf(
      InvalidStorageKeyError,
    );
    // Escaping makes '/' three characters: 200 of them do not fit either.
    await expect(storage.conversationReferences.save('user-1', reference('/'.repeat(200)))).rejects.toBeInstanceOf(InvalidStorageKeyError);

    expect(error).toBeInstanceOf(InvalidStorageKeyError);
    expect((error as Error).message).toContain(`at most ${MAX_KEY_LENGTH}`);
    expect((error as Error).message).toContain('(516 characters)');
    expect(await allRows(rawTable(storage, 'People'))).toEqual([]);
    expect(await allRows(rawTable(storage, 'HandledActivities'))).toEqual([]);
    expect(await allRows(rawTable(storage, 'ConversationRefs'))).toEqual([]);
  });
});

describe('every id storage accepts can be read back', () => {
  let storage: TableStorage;

  beforeAll(async () => {
    storage = await newStorage('keysok');
  });

  it('a Teams conversation id of several hundred characters is stored and found again, and an activity in it recognised', async () => {
    const teamsId = `a:1${'Xy3_-'.repeat(90)}`; // 453 characters, like a long personal-chat id
    await storage.conversationReferences.save('user-1', reference(teamsId));

    expect((await storage.conversationReferences.listForUser('user-1')).map((r) => r.conversation.id)).toEqual([teamsId]);
    expect(await storage.handledActivities.markHandled(teamsId, `1:${'9'.repeat(40)}`)).toBe(true);
    expect(await storage.handledActivities.markHandled(teamsId, `1:${'9'.repeat(40)}`)).toBe(false);
  });

  it('the longest ids the domain allows fit every key even when every character must be escaped', async () => {
    const id = (ch: string) => ch.repeat(MAX_ID);
    const trainee = person('Tina', id('\\'));
    const leader = person('Lone', id('%'));
    const state = nominatedProgramme({
      id: id('/'),
      departmentId: id('#'),
      trainee,
      leader,
      conversations: [conversation({ id: id('?') })],
      followUps: [followUp({ id: id('|') })],
    });
    expect(conversationRowKey(id('?')).length).toBeLessThanOrEqual(MAX_KEY_LENGTH);

    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));

    expect((await storage.programmes.load(state.id)).programme.toState()).toEqual(state);
    expect((await storage.programmes.listForPerson(trainee.id)).map((p) => p.id)).toEqual([state.id]);
    expect((await storage.programmes.listForDepartment(id('#'))).map((p) => p.id)).toEqual([state.id]);
  });

  it('person ids with emoji, Danish letters, quotes and control characters are stored and read back unchanged', async () => {
    const ids = ['🚀 take-off 👩🏽‍💼', "Ærø O'Brien/1#?%", 'tab\there\u0000nul\u0085', '~7E~7C'];
    for (const id of ids) await storage.people.add({ id, name: 'Søren', isProgrammeAdmin: false, hrDepartmentIds: [] });

    for (const id of ids) expect((await storage.people.find(id))?.id).toBe(id);
    expect(personRowKey(ids[2])).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('the audit log can never make a change fail', () => {
  let storage: TableStorage;

  beforeAll(async () => {
    storage = await newStorage('auditcap');
  });

  it('a long audit detail is stored cut to 500 characters with an ellipsis, never splitting an emoji', async () => {
    const state = nominatedProgramme();
    const detail = '👍🏽'.repeat(400); // 1,600 code units

    await storage.programmes.create(Programme.fromState(state), { ...audit('programme.nominated'), detail });

    const [entry] = await storage.programmes.auditLog(state.id);
    expect(entry.detail!.length).toBeLessThanOrEqual(MAX_AUDIT_TEXT);
    expect(entry.detail!.endsWith('…')).toBe(true);
    const kept = entry.detail!.slice(0, -1);
    expect(kept).toBe('👍🏽'.repeat(kept.length / 4));
    expect(kept.length).toBeGreaterThan(MAX_AUDIT_TEXT - 8);
    expect(wellFormed(entry.detail!)).toBe(true);
  });

  it('an audit detail longer than a table property holds no longer makes the change itself fail', async () => {
    const state = nominatedProgramme();

    await storage.programmes.create(Programme.fromState(state), { ...audit('programme.nominated'), detail: 'x'.repeat(40_000) });

    expect((await storage.programmes.load(state.id)).programme.id).toBe(state.id);
    expect((await storage.programmes.auditLog(state.id))[0].detail).toBe(`${'x'.repeat(MAX_AUDIT_TEXT - 1)}…`);
  });

  it('a short audit detail is stored exactly as written', async () => {
    const state = nominatedProgramme();

    await storage.programmes.create(Programme.fromState(state), { ...audit('programme.nominated'), detail: 'gate ok – æøå 👩🏽‍💼' });

    expect((await storage.programmes.auditLog(state.id))[0].detail).toBe('gate ok – æøå 👩🏽‍💼');
  });
});
