// Loading a programme (Programme.fromState, which storage calls on every load) checks the whole
// stored state against the programme's rules, and refuses a broken one with a clear reason.
import { demoDepartment, programmeInDevelopment } from '../../bot/src/demo/seedDemo';
import { DomainError, InvalidProgrammeStateError } from '../../bot/src/domain/errors';
import { Programme } from '../../bot/src/domain/programme';
import { ProgrammeState } from '../../bot/src/domain/state';
import { completedProgramme, nominatedProgramme } from '../support/programmeFixtures';
import * as builders from './builders';
import { GOAL_1, HR, LEADER, TRAINEE, closed, day, expectBothLanguages, inDevelopment } from './builders';

const BUILDERS = [
  'nominated',
  'inStartup',
  'startupReady',
  'part1Booked',
  'part1Held',
  'part1Documented',
  'part2Held',
  'agreementDrafted',
  'agreementAccepted',
  'inDevelopment',
  'midwayHeld',
  'midwayDocumented',
  'inCompletion',
  'transitionHeld',
  'closed',
] as const;

/** What storage hands back: the state as JSON, read again. */
const stored = (p: Programme): ProgrammeState => JSON.parse(JSON.stringify(p.toState()));

function loadError(state: ProgrammeState): InvalidProgrammeStateError {
  let caught: unknown;
  try {
    Programme.fromState(state);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidProgrammeStateError);
  return caught as InvalidProgrammeStateError;
}

describe('a programme loaded from stored state keeps every rule', () => {
  it.each(BUILDERS.flatMap((name) => [[name, false] as const, [name, true] as const]))(
    'a programme built by the domain (%s, lederafklaringsforløb done: %s) loads again unchanged',
    (name, leaderClarificationCompleted) => {
      const p = builders[name]({ leaderClarificationCompleted });
      expect(Programme.fromState(stored(p)).toState()).toEqual(p.toState());
    },
  );

  it('a programme with an open revision, follow-up entries, a cancelled meeting and take-off loads again', () => {
    const p = builders.inCompletion();
    p.registerTakeOff({ needsNow: 'En mentor', wantsApplicationGuidance: true, joinNetwork: false }, day(332), TRAINEE.id);
    const q = inDevelopment();
    q.book('followUp', 'f1', day(40), 60, day(30), LEADER.id);
    q.markHeld('f1', day(40), LEADER.id);
    q.recordFollowUp({ id: 'e1', conversationId: 'f1', blocksDiscussed: ['block-follow'], learned: 'At lytte', nextActions: 'Øve' }, day(41), TRAINEE.id);
    q.book('followUp', 'f2', day(70), 60, day(41), LEADER.id);
    q.cancel('f2', 'Sygdom', day(65), LEADER.id);
    q.reviseAgreement('Mere tværgående', day(80), LEADER.id);
    q.removeGoal(GOAL_1, day(81), LEADER.id);
    q.attachHrConsultant(builders.OTHER_HR, builders.DEPARTMENT, day(82), LEADER.id);

    for (const programme of [p, q, closed()]) expect(Programme.fromState(stored(programme)).toState()).toEqual(programme.toState());
  });

  it('the demo seed and the storage fixtures load', () => {
    const demo = programmeInDevelopment(demoDepartment(), new Date('2025-06-01T10:00:00Z'));
    expect(() => Programme.fromState(stored(demo))).not.toThrow();
    expect(() => Programme.fromState(completedProgramme())).not.toThrow();
    expect(() => Programme.fromState(nominatedProgramme())).not.toThrow();
  });

  it('a stored programme whose draft agreement lacks the lederaspirantforløb is not loaded, and the error names the programme and the agreement', () => {
    const state = stored(builders.agreementDrafted());
    state.agreements[0].blocks = state.agreements[0].blocks.filter((b) => b.kind !== 'leaderAspirantCourse');

    const error = loadError(state);

    expect(error.code).toBe('programmeStateInvalid');
    expect(error.category).toBe('invalidState');
    expect(error.programmeId).toBe('programme-1');
    expect(error.field).toBe('agreements[0]');
    expect(error.reason.code).toBe('aspirantCourseMissing');
    expect(error.text.da).toBe(
      'Forløbet »programme-1« kan ikke åbnes, fordi de gemte data ikke overholder reglerne (agreements[0]): ' +
        'Læringsaftalen mangler lederaspirantforløbet, som er en fast del af ledertraineeforløbet. ' +
        'Det er en fejl i de gemte data, ikke i det, du har gjort.',
    );
    expect(error.text.en).toContain('The programme "programme-1" cannot be opened');
    expectBothLanguages(error.text);
  });

  type Breakage = [string, () => ProgrammeState, string, string];
  const breakages: Breakage[] = [
    ['a phase with no history', () => ({ ...stored(inDevelopment()), phaseHistory: [{ phase: 'nomination', enteredAt: day(0).toISOString() }] }), 'phaseHistory', 'phaseHistoryMismatch'],
    [
      'a phase history that skips start-up',
      () => {
        const s = stored(inDevelopment());
        s.phaseHistory.splice(1, 1);
        return s;
      },
      'phaseHistory[1]',
      'phaseHistoryMismatch',
    ],
    ['a phase that does not exist', () => ({ ...stored(inDevelopment()), phase: 'holiday' as never }), 'phase', 'invalidChoice'],
    ['no trainee', () => ({ ...stored(inDevelopment()), trainee: undefined as never }), 'trainee.id', 'required'],
    ['the trainee as their own leader', () => ({ ...stored(inDevelopment()), leader: TRAINEE }), 'leader', 'traineeIsLeader'],
    ['the HR consultant as the trainee', () => ({ ...stored(inDevelopment()), hrConsultant: TRAINEE }), 'hrConsultant', 'hrIsParticipant'],
    ['a programme id with a lone surrogate', () => ({ ...stored(inDevelopment()), id: 'programme-\uD800' }), 'id', 'invalidId'],
    ['a nomination reason of 2001 characters', () => ({ ...stored(inDevelopment()), nominationReason: 'ø'.repeat(2001) }), 'nominationReason', 'tooLong'],
    [
      'a block linked to a goal the agreement does not have',
      () => {
        const s = stored(inDevelopment());
        s.agreements[0].blocks[1].goalIds = ['gone'];
        return s;
      },
      'agreements[0].blocks[1].goalIds',
      'unknownGoal',
    ],
    [
      'two drafts of the learning agreement',
      () => {
        const s = stored(inDevelopment());
        s.agreements.push({ ...s.agreements[0], version: 2, status: 'draft', acceptedByTrainee: undefined, acceptedByLeader: undefined });
        s.agreements.push({ ...s.agreements[0], version: 3, status: 'draft', acceptedByTrainee: undefined, acceptedByLeader: undefined });
        return JSON.parse(JSON.stringify(s));
      },
      'agreements',
      'agreementVersionsInconsistent',
    ],
    [
      'a conversation marked held with no record of when',
      () => {
        const s = stored(builders.part1Held());
        delete s.conversations[0].held;
        return s;
      },
      'conversations[0]',
      'conversationStatusMismatch',
    ],
    [
      'a booked conversation that is also cancelled',
      () => {
        const s = stored(builders.part1Booked());
        s.conversations[0].cancelled = { at: day(5).toISOString(), by: HR.id, reason: 'Sygdom' };
        return s;
      },
      'conversations[0]',
      'conversationStatusMismatch',
    ],
    [
      'an interview record of another kind of conversation',
      () => {
        const s = stored(closed());
        s.conversations[0].record = s.conversations[1].record;
        return s;
      },
      'conversations[0].record.kind',
      'recordKindMismatch',
    ],
    [
      'an interview record that leaves out a required answer',
      () => {
        const s = stored(closed());
        const record = s.conversations[1].record!;
        if (record.kind === 'startupPart2') record.data.motivation = '';
        return s;
      },
      'conversations[1].record.data.motivation',
      'required',
    ],
    [
      'a follow-up entry for a meeting the programme does not have',
      () => {
        const s = stored(programmeInDevelopment(demoDepartment(), new Date('2025-06-01T10:00:00Z')));
        s.followUps[0].conversationId = 'no-such-meeting';
        return s;
      },
      'followUps[0].conversationId',
      'conversationNotFound',
    ],
    ['a programme closed while still in development', () => ({ ...stored(inDevelopment()), outcome: { readiness: 'leaderReady', closedAt: day(100).toISOString() } }), 'outcome', 'outcomeWithoutTransition'],
    ['a stamp with an instant that is not a date', () => ({ ...stored(inDevelopment()), nominated: { at: 'yesterday', by: LEADER.id } }), 'nominated.at', 'invalidDate'],
  ];

  it.each(breakages)('a stored programme with %s is refused, naming the programme and where it is broken', (_, build, field, reason) => {
    const state = build();

    const error = loadError(state);

    expect(error.field).toBe(field);
    expect(error.reason).toBeInstanceOf(DomainError);
    expect(error.reason.code).toBe(reason);
    expect(error.text.da).toContain(`(${field})`);
    expect(error.text.da).toContain(error.reason.text.da);
    expect(error.text.en).toContain(error.reason.text.en);
    // The id as stored, escaped where it cannot be printed (a lone surrogate shows as \ud800).
    expect(error.programmeId).toBe(JSON.stringify(state.id).slice(1, -1));
    expect(error.text.da).toContain(`Forløbet »${error.programmeId}«`);
    expect(error.text.en).toContain(`The programme "${error.programmeId}"`);
  });

  it('a programme id that is broken itself is shown escaped, so the error can be logged and read', () => {
    const error = loadError({ ...stored(inDevelopment()), id: 'bad\u0000id' });
    expect(error.text.da).toContain('»bad\\u0000id«');
  });

  it('a refused load leaves the caller with nothing half-built, and the caller’s object untouched', () => {
    const state = stored(inDevelopment());
    state.phase = 'completion';
    const before = JSON.stringify(state);
    expect(() => Programme.fromState(state)).toThrow(InvalidProgrammeStateError);
    expect(JSON.stringify(state)).toBe(before);
  });
});
