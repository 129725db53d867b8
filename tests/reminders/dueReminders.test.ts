// What is due, when: every rule of domain/reminders.ts with fixed times in Copenhagen, Danish
// holidays included, and the same key for the same situation however often it is asked.
import { Programme } from '../../bot/src/domain/programme';
import { dueReminders, ReminderKind } from '../../bot/src/domain/reminders';
import type { ProgrammeState } from '../../bot/src/domain/state';
import { agreement, calendar, conversation, followUp, hr, inDevelopment, inStartup, leader, nominated, otherHr, trainee } from './fixtures';

const context = { calendar, departmentHrIds: [hr.id, otherHr.id] };

function due(state: ProgrammeState, at: string) {
  // Every fixture is a valid stored programme.
  Programme.fromState(state);
  return dueReminders(state, new Date(at), context);
}

function kinds(state: ProgrammeState, at: string): ReminderKind[] {
  return due(state, at).map((r) => r.kind);
}

describe('nomination waiting for HR', () => {
  // Nominated Monday 6 January 2025 at 10:00: two working days later is Wednesday 8 January.
  test('is due on the morning two working days after the nomination, to the department HR', () => {
    expect(kinds(nominated(), '2025-01-08T06:59:00Z')).toEqual([]);
    const [reminder] = due(nominated(), '2025-01-08T07:00:00Z');
    expect(reminder).toMatchObject({
      kind: 'nominationWaitingForHr',
      key: 'p-nom|nominationWaitingForHr|2025-01-06',
      to: [hr.id, otherHr.id],
      dueFrom: '2025-01-08T07:00:00.000Z',
      data: { traineeName: 'Tina Trainee', date: '2025-01-06' },
    });
  });

  test('not while HR waits for the leader to answer a question, and not once declined', () => {
    const asked = nominated({ nominationQuestions: [{ asked: { at: '2025-01-07T09:00:00.000Z', by: hr.id }, question: 'Hvorfor nu?' }] });
    expect(dueReminders(asked, new Date('2025-02-01T09:00:00Z'), context)).toEqual([]);
    const declined = nominated({ declined: { at: '2025-01-07T09:00:00.000Z', by: hr.id, reason: 'Ikke nu' } });
    expect(dueReminders(declined, new Date('2025-02-01T09:00:00Z'), context)).toEqual([]);
  });
});

describe('personality-test feedback pending', () => {
  // Taken Wednesday 16 April 2025; Easter: 17 (skærtorsdag), 18 (langfredag) and 21 April are days off,
  // so the three working days are 22, 23 and 24 April.
  const taken = inStartup({ personalityTest: { taken: { at: '2025-04-16T12:00:00.000Z', by: trainee.id } } });

  test('three working days after the test, skipping weekends and holidays, to the HR consultant', () => {
    expect(kinds(taken, '2025-04-24T05:59:00Z')).toEqual([]);
    const [reminder] = due(taken, '2025-04-24T06:00:00Z');
    expect(reminder).toMatchObject({ kind: 'personalityFeedbackPending', to: [hr.id], key: 'p-start|personalityFeedbackPending|2025-04-16' });
    expect(reminder.dueFrom).toBe('2025-04-24T06:00:00.000Z'); // 08:00 summer time
  });

  test('not once feedback is given, nor when no test is required', () => {
    const given = inStartup({ personalityTest: { taken: { at: '2025-04-10T12:00:00.000Z', by: trainee.id }, feedbackGiven: { at: '2025-04-11T12:00:00.000Z', by: hr.id } } });
    expect(kinds(given, '2025-05-01T09:00:00Z')).toEqual([]);
    expect(kinds(inStartup({ ...taken, leaderClarificationCompleted: true }), '2025-05-01T09:00:00Z')).toEqual([]);
  });
});

describe('learning agreement not approved', () => {
  const part2 = (documentedAt: string) =>
    conversation({
      id: 'c-part2',
      kind: 'startupPart2',
      status: 'documented',
      scheduledAt: '2025-02-03T09:00:00.000Z',
      participants: [trainee.id, leader.id],
      held: { at: '2025-02-03T10:00:00.000Z', by: leader.id },
      documented: { at: documentedAt, by: leader.id },
      record: {
        kind: 'startupPart2',
        data: { motivation: 'm', strengths: 's', developmentAreas: 'd', traineeExpectations: 't', leaderExpectations: 'l', commitments: 'c', firstGoals: [{ text: 'Mål', evidence: 'Bevis' }] },
      },
    });

  test('14 days after part 2 was documented, to whoever has not approved the draft', () => {
    const state = inStartup({
      personalityTest: { taken: { at: '2025-01-13T09:00:00.000Z', by: trainee.id }, feedbackGiven: { at: '2025-01-15T09:00:00.000Z', by: hr.id } },
      conversations: [part2('2025-02-04T10:00:00.000Z')],
      agreements: [agreement(1, { status: 'draft', acceptedByLeader: { at: '2025-02-05T09:00:00.000Z', by: leader.id }, acceptedByTrainee: undefined })],
    });
    // Documented Tuesday 4 February: 14 days later is Tuesday 18 February, 08:00.
    expect(kinds(state, '2025-02-18T06:59:00Z')).toEqual([]);
    const [reminder] = due(state, '2025-02-18T07:00:00Z');
    expect(reminder).toMatchObject({ kind: 'agreementNotApproved', to: [trainee.id], key: 'p-start|agreementNotApproved|c-part2' });
  });
});

describe('follow-up meeting due by the agreed cadence', () => {
  test('cadence weeks after the period start when no follow-up was held; to trainee and leader', () => {
    // 1 February 2025 + 4 weeks = Saturday 1 March: due Monday 3 March 08:00.
    expect(kinds(inDevelopment(), '2025-03-02T12:00:00Z')).toEqual([]);
    const [reminder] = due(inDevelopment(), '2025-03-03T07:00:00Z');
    expect(reminder).toMatchObject({ kind: 'followUpDue', to: [trainee.id, leader.id], key: 'p-dev|followUpDue|2025-03-01', data: { date: '2025-03-01' } });
  });

  test('counted from the last follow-up entry, and a new period gives a new key', () => {
    const state = inDevelopment({ followUps: [followUp({ recorded: { at: '2025-03-10T09:00:00.000Z', by: trainee.id } })] });
    expect(kinds(state, '2025-04-04T09:00:00Z')).toEqual([]);
    expect(due(state, '2025-04-07T07:00:00Z').map((r) => r.key)).toEqual(['p-dev|followUpDue|2025-04-07']);
  });

  test('not while a follow-up meeting is booked', () => {
    const booked = inDevelopment({ conversations: [conversation({ kind: 'followUp', scheduledAt: '2025-03-20T09:00:00.000Z', participants: [trainee.id, leader.id] })] });
    expect(kinds(booked, '2025-03-10T09:00:00Z')).toEqual([]);
  });
});

describe('midway and transition interviews', () => {
  const noFollowUpDue = { followUps: [followUp({ recorded: { at: '2025-07-25T09:00:00.000Z', by: trainee.id } })] };

  test('the midway interview at half the period (365 days: day 182, 2 August 2025 → Monday 4 August) to all three', () => {
    const state = inDevelopment(noFollowUpDue);
    expect(kinds(state, '2025-08-01T09:00:00Z')).toEqual([]);
    const [reminder] = due(state, '2025-08-04T06:00:00Z');
    expect(reminder).toMatchObject({ kind: 'midwayDue', to: [trainee.id, leader.id, hr.id], key: 'p-dev|midwayDue|2025-08-02' });
  });

  test('no midway reminder once it is booked', () => {
    const booked = inDevelopment({
      ...noFollowUpDue,
      conversations: [conversation({ kind: 'midway', scheduledAt: '2025-09-01T08:00:00.000Z', participants: [trainee.id, leader.id, hr.id] })],
    });
    expect(kinds(booked, '2025-08-04T09:00:00Z')).toEqual([]);
  });

  test('the transition interview one month before the period ends (31 Jan 2026 → 31 Dec 2025 is a day off → 2 Jan 2026)', () => {
    const state = inDevelopment({
      followUps: [followUp({ recorded: { at: '2025-12-20T09:00:00.000Z', by: trainee.id } })],
      conversations: [conversation({ kind: 'midway', status: 'held', scheduledAt: '2025-08-20T08:00:00.000Z', participants: [trainee.id, leader.id, hr.id], held: { at: '2025-08-20T09:00:00.000Z', by: leader.id } })],
    });
    expect(kinds(state, '2026-01-01T12:00:00Z').filter((k) => k === 'transitionDue')).toEqual([]);
    const transition = due(state, '2026-01-02T07:00:00Z').find((r) => r.kind === 'transitionDue');
    expect(transition).toMatchObject({ to: [trainee.id, leader.id, hr.id], key: 'p-dev|transitionDue|2026-01-31', data: { date: '2026-01-31' } });
  });
});

describe('a conversation whose time has passed but is not documented', () => {
  // Thursday 10 April 2025 09:00–10:00 Copenhagen (07:00Z).
  const midway = (overrides = {}) =>
    conversation({ id: 'c-mid', kind: 'midway', scheduledAt: '2025-04-10T07:00:00.000Z', participants: [trainee.id, leader.id, hr.id], ...overrides });

  test('on the next working morning, to its participants', () => {
    const state = inDevelopment({ conversations: [midway()], followUps: [followUp({ recorded: { at: '2025-04-01T09:00:00.000Z', by: trainee.id } })] });
    expect(kinds(state, '2025-04-10T20:00:00Z')).toEqual([]);
    const [reminder] = due(state, '2025-04-11T06:00:00Z');
    expect(reminder).toMatchObject({
      kind: 'conversationNotDocumented',
      to: [trainee.id, leader.id, hr.id],
      key: `p-dev|conversationNotDocumented|c-mid|${Date.parse('2025-04-10T07:00:00.000Z')}`,
      data: { conversationKind: 'midway', conversationId: 'c-mid', date: '2025-04-10' },
    });
  });

  test('held but not documented is reminded too; documented is not', () => {
    const followUps = [followUp({ recorded: { at: '2025-04-01T09:00:00.000Z', by: trainee.id } })];
    const held = inDevelopment({ followUps, conversations: [midway({ status: 'held', held: { at: '2025-04-10T08:00:00.000Z', by: leader.id } })] });
    expect(kinds(held, '2025-04-11T06:00:00Z')).toEqual(['conversationNotDocumented']);
  });

  test('a held follow-up meeting without its notes is reminded of, with its notes it is not', () => {
    const meeting = conversation({ id: 'c-fu', kind: 'followUp', status: 'held', scheduledAt: '2025-04-10T07:00:00.000Z', participants: [trainee.id, leader.id], held: { at: '2025-04-10T08:00:00.000Z', by: leader.id } });
    const without = inDevelopment({ conversations: [meeting] });
    expect(due(without, '2025-04-11T06:00:00Z').map((r) => r.kind)).toContain('conversationNotDocumented');
    const documented = { ...meeting, status: 'documented' as const, documented: { at: '2025-04-10T09:00:00.000Z', by: trainee.id } };
    const withNotes = inDevelopment({ conversations: [documented], followUps: [followUp({ conversationId: 'c-fu', recorded: { at: '2025-04-10T09:00:00.000Z', by: trainee.id } })] });
    expect(due(withNotes, '2025-04-11T06:00:00Z').map((r) => r.kind)).not.toContain('conversationNotDocumented');
  });
});

test('a paused programme has nothing due', () => {
  const paused = inDevelopment({ remindersPaused: { at: '2025-02-10T09:00:00.000Z', by: leader.id } });
  expect(due(paused, '2025-06-01T09:00:00Z')).toEqual([]);
  expect(due(inDevelopment(), '2025-06-01T09:00:00Z').length).toBeGreaterThan(0);
});

test('asking again gives the same keys', () => {
  const a = due(inDevelopment(), '2025-03-03T09:00:00Z').map((r) => r.key);
  const b = due(inDevelopment(), '2025-03-04T15:00:00Z').map((r) => r.key);
  expect(a).toEqual(b);
});
