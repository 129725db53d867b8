// A conversation is marked afholdt only once it has begun, and the Danish texts say "afholdt" and
// "godkendt" as the seed does (DESIGN.md §5).
import { RuleViolation } from '../../bot/src/domain/errors';
import { MESSAGES, message } from '../../bot/src/domain/messages';
import { CONVERSATION_STATUS_LABELS } from '../../bot/src/domain/labels';
import { LocalizedText } from '../../bot/src/domain/localizedText';
import { HR, LEADER, PART1_ID, TRAINEE, day, expectRefused, inDevelopment, part1Booked, part1Held } from './builders';

const minutes = (date: Date, n: number): Date => new Date(date.getTime() + n * 60_000);

describe('a conversation is marked afholdt only from its booked start', () => {
  it('a conversation cannot be marked afholdt days before its booked time, and the user is told when it begins (Danish time)', () => {
    const p = part1Booked(); // booked for day(10): 2025-01-11 09:00 UTC, 10:00 in Aarhus

    const error = expectRefused(p, (x) => x.markHeld(PART1_ID, day(7), HR.id), RuleViolation, 'conversationNotYetStarted');

    expect(error.text.da).toBe('Samtalen kan først markeres som afholdt, når den er begyndt (11. januar 2025 kl. 10.00).');
    expect(error.text.en).toBe('The conversation can only be marked as held once it has started (11 January 2025 at 10:00).');
    expect(p.conversation(PART1_ID).status).toBe('booked');
  });

  it('one minute before the start is still too early; from the start on it can be marked afholdt', () => {
    const p = part1Booked();
    expectRefused(p, (x) => x.markHeld(PART1_ID, minutes(day(10), -1), HR.id), RuleViolation, 'conversationNotYetStarted');

    p.markHeld(PART1_ID, day(10), HR.id);

    expect(p.conversation(PART1_ID)).toMatchObject({ status: 'held', held: { at: day(10).toISOString(), by: HR.id } });
  });

  it('a meeting moved to a later time can only be marked afholdt from the new time, shown in summer time', () => {
    const p = inDevelopment();
    p.book('followUp', 'f', day(40), 60, day(30), LEADER.id);
    const june = new Date('2025-06-02T08:00:00.000Z');
    p.reschedule('f', june, undefined, day(39), LEADER.id);

    const error = expectRefused(p, (x) => x.markHeld('f', day(40), TRAINEE.id), RuleViolation, 'conversationNotYetStarted');

    expect(error.text.da).toContain('(2. juni 2025 kl. 10.00)');
    p.markHeld('f', minutes(june, 30), TRAINEE.id);
    expect(p.conversation('f').status).toBe('held');
  });
});

describe('the Danish texts use the seed’s words', () => {
  it('the status of a conversation that took place is called afholdt', () => {
    expect(CONVERSATION_STATUS_LABELS.held).toEqual({ da: 'afholdt', en: 'held' });
    const error = expectRefused(part1Held(), (x) => x.markHeld(PART1_ID, day(11), HR.id), RuleViolation, 'conversationNotBooked');
    expect(error.text.da).toBe('Det kan kun gøres, mens samtalen er aftalt. Den er nu afholdt.');
  });

  it('no Danish message says "holdt" or "accepteret" where the seed says "afholdt" and "godkendt"', () => {
    const params = {
      allowed: ['startup'],
      current: 'startup',
      kind: 'midway',
      status: 'held',
      from: 'planned',
      to: 'done',
      field: 'motivation',
      max: 1,
      min: 1,
      later: 'B',
      laterComplexity: 1,
      earlier: 'A',
      earlierComplexity: 2,
      start: '2025-02-03T09:00:00.000Z',
      programme: 'p',
      reason: { da: 'x', en: 'x' },
    };
    const danish = Object.values(MESSAGES).map((entry) =>
      typeof entry === 'function' ? (entry as (p: typeof params) => LocalizedText)(params).da : (entry as LocalizedText).da,
    );

    for (const text of danish) {
      expect(text).not.toMatch(/(^|[^a-zæøå])(holdt|holdes|holde)([^a-zæøå]|$)/i);
      expect(text).not.toMatch(/accepter/i);
    }
    expect(message('agreementNotAccepted').da).toContain('godkendes');
    expect(message('startupPart1NotDocumented').da).toContain('afholdt og dokumenteret');
  });
});
