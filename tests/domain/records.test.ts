import { ValidationError } from '../../bot/src/domain/errors';
import {
  ASPIRANT_BLOCK,
  GOAL_1,
  GOAL_2,
  HR,
  LEADER,
  MIDWAY_ID,
  PART1_ID,
  PART2_ID,
  TRAINEE,
  TRANSITION_ID,
  day,
  expectRefused,
  midwayHeld,
  midwayRecord,
  part1Held,
  part1Record,
  part2Held,
  part2Record,
  transitionHeld,
  transitionRecord,
} from './builders';

describe('Opstartssamtale del 1: the record', () => {
  it('is stored with the conversation, which becomes documented', () => {
    const p = part1Held();
    p.document(PART1_ID, { kind: 'startupPart1', data: part1Record() }, day(10), HR.id);
    const c = p.conversation(PART1_ID);
    expect(c.status).toBe('documented');
    expect(c.documented).toEqual({ at: day(10).toISOString(), by: HR.id });
    expect(c.record).toEqual({ kind: 'startupPart1', data: part1Record() });
    expect(c.format).toBe('individual');
  });

  it('the format recorded is the format the meeting had', () => {
    const p = part1Held();
    p.document(PART1_ID, { kind: 'startupPart1', data: part1Record({ format: 'jointDepartmentMeeting' }) }, day(10), HR.id);
    expect(p.conversation(PART1_ID).format).toBe('jointDepartmentMeeting');
  });

  it('at least one part of the programme frame must have been introduced, each once', () => {
    const p = part1Held();
    const doc = (data: object) => (x: typeof p) => x.document(PART1_ID, { kind: 'startupPart1', data: part1Record(data) }, day(10), HR.id);
    expectRefused(p, doc({ frameIntroduced: [] }), ValidationError, 'tooMany', 'frameIntroduced');
    expectRefused(p, doc({ frameIntroduced: ['roles', 'roles'] }), ValidationError, 'duplicate', 'frameIntroduced');
    expectRefused(p, doc({ frameIntroduced: ['coffee'] }), ValidationError, 'invalidChoice', 'frameIntroduced');
  });

  it('the practical frame must be realistic: period in months and hours per week', () => {
    const p = part1Held();
    const doc = (data: object) => (x: typeof p) => x.document(PART1_ID, { kind: 'startupPart1', data: part1Record(data) }, day(10), HR.id);
    expectRefused(p, doc({ periodMonths: 0 }), ValidationError, 'outOfRange', 'periodMonths');
    expectRefused(p, doc({ hoursPerWeek: 0 }), ValidationError, 'outOfRange', 'hoursPerWeek');
    expectRefused(p, doc({ hoursPerWeek: 40 }), ValidationError, 'outOfRange', 'hoursPerWeek');
    expectRefused(p, doc({ part2Date: '2025-02-30' }), ValidationError, 'invalidDate', 'part2Date');
    expectRefused(p, doc({ format: 'online' }), ValidationError, 'invalidChoice', 'format');
  });
});

describe('Opstartssamtale del 2: the record drafts the learning agreement', () => {
  it('creates the draft learning agreement v1 with the first goals and the mandatory lederaspirantforløb', () => {
    const p = part2Held();
    p.document(PART2_ID, { kind: 'startupPart2', data: part2Record() }, day(19), TRAINEE.id);
    expect(p.agreements()).toHaveLength(1);
    expect(p.currentAgreement()).toEqual({
      version: 1,
      status: 'draft',
      created: { at: day(19).toISOString(), by: TRAINEE.id },
      revisionReason: '',
      periodStart: '2025-01-20',
      periodMonths: 12,
      followUpCadenceWeeks: 4,
      goals: [
        { id: GOAL_1, text: 'Lede et teammøde', evidence: 'Teamet giver feedback efter mødet' },
        { id: GOAL_2, text: 'Forstå ledelseskonteksten i Sundhed og Omsorg', evidence: 'Kan forklare LUS for sin leder' },
      ],
      blocks: [
        {
          id: ASPIRANT_BLOCK,
          kind: 'leaderAspirantCourse',
          title: 'Aarhus Kommunes lederaspirantforløb',
          description: '',
          goalIds: [],
          period: {},
          status: 'planned',
        },
      ],
    });
    expect(p.effectiveAgreement()).toBeUndefined();
  });

  it('the agreement period is the one agreed at part 1', () => {
    const p = part1Held();
    p.document(PART1_ID, { kind: 'startupPart1', data: part1Record({ periodMonths: 9 }) }, day(10), HR.id);
    p.book('startupPart2', PART2_ID, day(19), 60, day(11), LEADER.id);
    p.markHeld(PART2_ID, day(19), LEADER.id);
    p.document(PART2_ID, { kind: 'startupPart2', data: part2Record() }, day(19), LEADER.id);
    expect(p.currentAgreement()?.periodMonths).toBe(9);
  });

  it('when part 1 is not documented yet, the agreement period is the default 12 months', () => {
    const p = part1Held();
    p.book('startupPart2', PART2_ID, day(19), 60, day(11), LEADER.id);
    p.markHeld(PART2_ID, day(19), LEADER.id);
    p.document(PART2_ID, { kind: 'startupPart2', data: part2Record() }, day(19), LEADER.id);
    expect(p.currentAgreement()?.periodMonths).toBe(12);
  });

  it('the caller may give the ids of the goals and the mandatory block', () => {
    const p = part2Held();
    p.document(PART2_ID, { kind: 'startupPart2', data: part2Record() }, day(19), LEADER.id, {
      goalIds: ['g-a', 'g-b'],
      aspirantBlockId: 'b-asp',
    });
    expect(p.currentAgreement()?.goals.map((g) => g.id)).toEqual(['g-a', 'g-b']);
    expect(p.currentAgreement()?.blocks.map((b) => b.id)).toEqual(['b-asp']);
  });

  it('one id is needed per first goal, each different', () => {
    const p = part2Held();
    const doc = (goalIds: string[]) => (x: typeof p) =>
      x.document(PART2_ID, { kind: 'startupPart2', data: part2Record() }, day(19), LEADER.id, { goalIds });
    expectRefused(p, doc(['only-one']), ValidationError, 'invalidId', 'goalIds');
    expectRefused(p, doc(['same', 'same']), ValidationError, 'duplicate', 'goalIds');
  });

  it('every field of the template must be filled in, and at least one learning goal with how we will see it', () => {
    const p = part2Held();
    const doc = (data: object) => (x: typeof p) => x.document(PART2_ID, { kind: 'startupPart2', data: part2Record(data) }, day(19), LEADER.id);
    expectRefused(p, doc({ motivation: '' }), ValidationError, 'required', 'motivation');
    expectRefused(p, doc({ commitments: 'x'.repeat(4001) }), ValidationError, 'tooLong', 'commitments');
    expectRefused(p, doc({ firstGoals: [] }), ValidationError, 'tooMany', 'firstGoals');
    const error = expectRefused(
      p,
      doc({ firstGoals: [{ text: 'Lede', evidence: 'Feedback' }, { text: 'Forstå', evidence: ' ' }] }),
      ValidationError,
      'required',
      'firstGoals[1].evidence',
    );
    expect(error.text.da).toBe('Udfyld feltet »Hvordan kan vi se det?«.');
  });
});

describe('Midtvejssamtale: the record', () => {
  it('gives a status per learning goal and is stored', () => {
    const p = midwayHeld();
    p.document(MIDWAY_ID, { kind: 'midway', data: midwayRecord() }, day(180), HR.id);
    expect(p.conversation(MIDWAY_ID).record).toEqual({ kind: 'midway', data: midwayRecord() });
    expect(p.agreements()).toHaveLength(1);
  });

  it('must cover every learning goal of the agreement in force, once each, and no other', () => {
    const p = midwayHeld();
    const doc = (goalStatuses: object[]) => (x: typeof p) =>
      x.document(MIDWAY_ID, { kind: 'midway', data: midwayRecord({ goalStatuses: goalStatuses as never }) }, day(180), HR.id);
    expectRefused(p, doc([{ goalId: GOAL_1, status: 'onTrack', comment: '' }]), ValidationError, 'goalMissing', 'goalStatuses');
    expectRefused(
      p,
      doc([
        { goalId: GOAL_1, status: 'onTrack', comment: '' },
        { goalId: GOAL_2, status: 'onTrack', comment: '' },
        { goalId: 'unknown', status: 'onTrack', comment: '' },
      ]),
      ValidationError,
      'unknownGoal',
      'goalStatuses',
    );
    expectRefused(
      p,
      doc([
        { goalId: GOAL_1, status: 'onTrack', comment: '' },
        { goalId: GOAL_1, status: 'behind', comment: '' },
        { goalId: GOAL_2, status: 'onTrack', comment: '' },
      ]),
      ValidationError,
      'duplicate',
      'goalStatuses',
    );
    expectRefused(
      p,
      doc([
        { goalId: GOAL_1, status: 'sideways', comment: '' },
        { goalId: GOAL_2, status: 'onTrack', comment: '' },
      ]),
      ValidationError,
      'invalidChoice',
      'goalStatuses[0].status',
    );
  });

  it('what works and what to adjust are required; whether to revise must be answered', () => {
    const p = midwayHeld();
    const doc = (data: object) => (x: typeof p) => x.document(MIDWAY_ID, { kind: 'midway', data: midwayRecord(data) }, day(180), HR.id);
    expectRefused(p, doc({ whatWorks: '' }), ValidationError, 'required', 'whatWorks');
    expectRefused(p, doc({ whatToAdjust: '' }), ValidationError, 'required', 'whatToAdjust');
    expectRefused(p, doc({ reviseAgreement: 'yes' }), ValidationError, 'invalidChoice', 'reviseAgreement');
  });

  it('when the agreement is to be revised, a new draft version opens while the accepted one stays in force', () => {
    const p = midwayHeld();
    p.document(MIDWAY_ID, { kind: 'midway', data: midwayRecord({ reviseAgreement: true }) }, day(180), HR.id);
    const [v1, v2] = p.agreements();
    expect(v1.status).toBe('accepted');
    expect(v2).toMatchObject({
      version: 2,
      status: 'draft',
      created: { at: day(180).toISOString(), by: HR.id },
      revisionReason: 'Mere tid til praksiselementerne.',
      goals: v1.goals,
      blocks: v1.blocks,
    });
    expect(v2.acceptedByTrainee).toBeUndefined();
    expect(p.effectiveAgreement()?.version).toBe(1);
  });

  it('does not open a second draft when a new version is already being drafted', () => {
    const p = midwayHeld();
    p.reviseAgreement('Nyt praksiselement', day(179), LEADER.id);
    p.document(MIDWAY_ID, { kind: 'midway', data: midwayRecord({ reviseAgreement: true }) }, day(180), HR.id);
    expect(p.agreements().map((a) => a.version)).toEqual([1, 2]);
  });
});

describe('Transitionssamtale: the record closes the programme', () => {
  it('stores effect and result per goal, learning, next step, readiness and feedback, and sets the outcome', () => {
    const p = transitionHeld();
    p.document(TRANSITION_ID, { kind: 'transition', data: transitionRecord({ readiness: 'notYet' }) }, day(351), LEADER.id);
    expect(p.conversation(TRANSITION_ID).record).toEqual({ kind: 'transition', data: transitionRecord({ readiness: 'notYet' }) });
    expect(p.outcome()).toEqual({ readiness: 'notYet', closedAt: day(351).toISOString() });
    expect(p.isClosed).toBe(true);
  });

  it('must give effect and result for every learning goal', () => {
    const p = transitionHeld();
    const doc = (data: object) => (x: typeof p) => x.document(TRANSITION_ID, { kind: 'transition', data: transitionRecord(data) }, day(350), HR.id);
    expectRefused(p, doc({ goalResults: [{ goalId: GOAL_1, effect: 'a', result: 'b' }] }), ValidationError, 'goalMissing', 'goalResults');
    expectRefused(
      p,
      doc({ goalResults: [{ goalId: GOAL_1, effect: '', result: 'b' }, { goalId: GOAL_2, effect: 'a', result: 'b' }] }),
      ValidationError,
      'required',
      'goalResults[0].effect',
    );
  });

  it('readiness is in a leader job, leader-ready or not yet', () => {
    const p = transitionHeld();
    const doc = (data: object) => (x: typeof p) => x.document(TRANSITION_ID, { kind: 'transition', data: transitionRecord(data) }, day(350), HR.id);
    expectRefused(p, doc({ readiness: 'maybe' }), ValidationError, 'invalidChoice', 'readiness');
  });

  it('both the trainee and the leader give feedback on the programme', () => {
    const p = transitionHeld();
    const doc = (data: object) => (x: typeof p) => x.document(TRANSITION_ID, { kind: 'transition', data: transitionRecord(data) }, day(350), HR.id);
    expectRefused(p, doc({ traineeFeedback: '' }), ValidationError, 'required', 'traineeFeedback');
    expectRefused(p, doc({ leaderFeedback: '' }), ValidationError, 'required', 'leaderFeedback');
    expectRefused(p, doc({ nextStep: '' }), ValidationError, 'required', 'nextStep');
  });

  it('a record of the wrong kind does not close anything', () => {
    const p = transitionHeld();
    expectRefused(
      p,
      (x) => x.document(TRANSITION_ID, { kind: 'midway', data: midwayRecord() }, day(350), HR.id),
      ValidationError,
      'recordKindMismatch',
    );
    expect(p.isClosed).toBe(false);
  });
});
