import { ForbiddenError, RuleViolation } from '../../bot/src/domain/errors';
import {
  HR,
  LEADER,
  PART1_ID,
  STRANGER,
  TRAINEE,
  day,
  expectRefused,
  inDevelopment,
  inStartup,
  nominated,
  part1Booked,
  part1Held,
  part1Record,
  startupReady,
} from './builders';

describe('the personality test (persontest), when the trainee has not done lederafklaringsforløb', () => {
  it('the trainee records that the test was taken; HR can do it too', () => {
    const p = inStartup();
    p.recordPersonalityTestTaken(day(2), TRAINEE.id);
    expect(p.personalityTest()).toEqual({ required: true, taken: { at: day(2).toISOString(), by: TRAINEE.id } });
    const q = nominated();
    q.recordPersonalityTestTaken(day(1), HR.id);
    expect(q.personalityTest().taken?.by).toBe(HR.id);
  });

  it('the leader cannot record the test for the trainee', () => {
    expectRefused(inStartup(), (x) => x.recordPersonalityTestTaken(day(2), LEADER.id), ForbiddenError, 'onlyTraineeOrHrRecordsPersonalityTest');
    expectRefused(inStartup(), (x) => x.recordPersonalityTestTaken(day(2), STRANGER.id), ForbiddenError, 'onlyTraineeOrHrRecordsPersonalityTest');
  });

  it('only the HR consultant records that feedback on the test was given', () => {
    const p = inStartup();
    p.recordPersonalityTestTaken(day(2), TRAINEE.id);
    expectRefused(p, (x) => x.recordPersonalityTestFeedback(day(3), TRAINEE.id), ForbiddenError, 'onlyHrGivesPersonalityFeedback');
    expectRefused(p, (x) => x.recordPersonalityTestFeedback(day(3), LEADER.id), ForbiddenError, 'onlyHrGivesPersonalityFeedback');
    p.recordPersonalityTestFeedback(day(3), HR.id);
    expect(p.personalityTest().feedbackGiven).toEqual({ at: day(3).toISOString(), by: HR.id });
  });

  it('feedback cannot be given before the test is taken', () => {
    expectRefused(inStartup(), (x) => x.recordPersonalityTestFeedback(day(3), HR.id), RuleViolation, 'personalityTestNotYetTaken');
  });

  it('the test and the feedback are each recorded once', () => {
    const p = startupReady();
    expectRefused(p, (x) => x.recordPersonalityTestTaken(day(4), TRAINEE.id), RuleViolation, 'personalityTestAlreadyRecorded');
    expectRefused(p, (x) => x.recordPersonalityTestFeedback(day(4), HR.id), RuleViolation, 'personalityFeedbackAlreadyRecorded');
  });

  it('when the trainee has done lederafklaringsforløb, there is no test to record', () => {
    const p = inStartup({ leaderClarificationCompleted: true });
    expect(p.personalityTest()).toEqual({ required: false });
    expectRefused(p, (x) => x.recordPersonalityTestTaken(day(2), TRAINEE.id), RuleViolation, 'personalityTestNotRequired');
    expectRefused(p, (x) => x.recordPersonalityTestFeedback(day(2), HR.id), RuleViolation, 'personalityTestNotRequired');
  });

  it('the test belongs before the start-up interview, not in the development part', () => {
    expectRefused(inDevelopment(), (x) => x.recordPersonalityTestTaken(day(30), TRAINEE.id), RuleViolation, 'wrongPhase');
  });

  it('when the trainee has not done lederafklaringsforløb, the start-up interview cannot be held before HR has given personality-test feedback', () => {
    const p = inStartup();
    p.book('startupPart1', PART1_ID, day(10), 90, day(2), HR.id);
    expectRefused(p, (x) => x.markHeld(PART1_ID, day(10), HR.id), RuleViolation, 'startupBeforePersonalityFeedback');
    p.recordPersonalityTestTaken(day(10), TRAINEE.id);
    expectRefused(p, (x) => x.markHeld(PART1_ID, day(10), HR.id), RuleViolation, 'startupBeforePersonalityFeedback');
    p.recordPersonalityTestFeedback(day(11), HR.id);
    p.markHeld(PART1_ID, day(11), HR.id);
    expect(p.conversation(PART1_ID).status).toBe('held');
  });

  it('when the trainee has done lederafklaringsforløb, the start-up interview can be held without a test', () => {
    const p = part1Booked({ leaderClarificationCompleted: true });
    p.markHeld(PART1_ID, day(10), HR.id);
    expect(p.conversation(PART1_ID).status).toBe('held');
  });

  it('the record of start-up part 1 must confirm the feedback when the test was required', () => {
    const p = part1Held();
    expectRefused(
      p,
      (x) => x.document(PART1_ID, { kind: 'startupPart1', data: part1Record({ personalityFeedbackGiven: false }) }, day(10), HR.id),
      RuleViolation,
      'personalityFeedbackNotConfirmed',
    );
  });

  it('the record of start-up part 1 leaves out the feedback line when no test was required', () => {
    const p = part1Held({ leaderClarificationCompleted: true });
    p.document(PART1_ID, { kind: 'startupPart1', data: part1Record({ personalityFeedbackGiven: true }) }, day(10), HR.id);
    const record = p.conversation(PART1_ID).record;
    expect(record?.kind === 'startupPart1' && 'personalityFeedbackGiven' in record.data).toBe(false);
  });

  it('only that the test was taken and feedback given is stored: never any results', () => {
    const p = startupReady();
    expect(Object.keys(p.toState().personalityTest).sort()).toEqual(['feedbackGiven', 'taken']);
    expect(p.toState().personalityTest.taken).toEqual({ at: day(2).toISOString(), by: TRAINEE.id });
    // The methods take no result at all: there is nowhere to put one.
    expect(p.recordPersonalityTestTaken.length).toBe(2);
    expect(p.recordPersonalityTestFeedback.length).toBe(2);
  });
});
