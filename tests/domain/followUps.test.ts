import { ForbiddenError, NotFoundError, RuleViolation, ValidationError } from '../../bot/src/domain/errors';
import { FollowUpInput } from '../../bot/src/domain/programme';
import {
  ASPIRANT_BLOCK,
  HR,
  LEADER,
  MIDWAY_ID,
  STRANGER,
  TRAINEE,
  agreementAccepted,
  day,
  expectRefused,
  inCompletion,
  inDevelopment,
  midwayHeld,
} from './builders';

function entry(overrides: Partial<FollowUpInput> = {}): FollowUpInput {
  return {
    id: 'e1',
    blocksDiscussed: ['block-follow'],
    learned: 'At forberede en dagsorden.',
    experiences: 'Mødet gik godt.',
    leaderFeedback: 'Godt styret.',
    nextActions: 'Lede næste personalemøde.',
    nextComplexityStep: 'Et tværgående møde.',
    ...overrides,
  };
}

describe('referat af opfølgningsmødet (follow-up entries)', () => {
  it('the trainee writes down a follow-up meeting during the development part', () => {
    const p = inDevelopment();
    p.recordFollowUp(entry(), day(40), TRAINEE.id);
    expect(p.followUps()).toEqual([
      {
        id: 'e1',
        recorded: { at: day(40).toISOString(), by: TRAINEE.id },
        blocksDiscussed: ['block-follow'],
        learned: 'At forberede en dagsorden.',
        experiences: 'Mødet gik godt.',
        leaderFeedback: 'Godt styret.',
        nextActions: 'Lede næste personalemøde.',
        nextComplexityStep: 'Et tværgående møde.',
      },
    ]);
  });

  it('the leader can write it too; the optional fields may be left out', () => {
    const p = inDevelopment();
    p.recordFollowUp({ id: 'e', blocksDiscussed: [], learned: 'Noget', nextActions: 'Mere' }, day(40), LEADER.id);
    expect(p.followUps()[0]).toMatchObject({ experiences: '', leaderFeedback: '', nextComplexityStep: '' });
  });

  it('the HR consultant and others do not write follow-up entries', () => {
    expectRefused(inDevelopment(), (x) => x.recordFollowUp(entry(), day(40), HR.id), ForbiddenError, 'onlyTraineeOrLeaderRecordsFollowUp');
    expectRefused(inDevelopment(), (x) => x.recordFollowUp(entry(), day(40), STRANGER.id), ForbiddenError, 'onlyTraineeOrLeaderRecordsFollowUp');
  });

  it('follow-up belongs to the development part', () => {
    expectRefused(agreementAccepted(), (x) => x.recordFollowUp(entry(), day(21), TRAINEE.id), RuleViolation, 'wrongPhase');
    expectRefused(inCompletion(), (x) => x.recordFollowUp(entry(), day(331), TRAINEE.id), RuleViolation, 'wrongPhase');
  });

  it('documenting a held follow-up meeting links the entry and marks the meeting documented', () => {
    const p = inDevelopment();
    p.book('followUp', 'f', day(40), 60, day(30), LEADER.id);
    p.markHeld('f', day(40), LEADER.id);
    p.recordFollowUp(entry({ conversationId: 'f' }), day(41), TRAINEE.id);
    expect(p.followUps()[0].conversationId).toBe('f');
    expect(p.conversation('f')).toMatchObject({ status: 'documented', documented: { at: day(41).toISOString(), by: TRAINEE.id } });
  });

  it('a follow-up meeting must have been held before it is documented', () => {
    const p = inDevelopment();
    p.book('followUp', 'f', day(40), 60, day(30), LEADER.id);
    expectRefused(p, (x) => x.recordFollowUp(entry({ conversationId: 'f' }), day(41), TRAINEE.id), RuleViolation, 'conversationNotHeld');
  });

  it('a follow-up entry can only document a follow-up meeting', () => {
    const p = midwayHeld();
    expectRefused(p, (x) => x.recordFollowUp(entry({ conversationId: MIDWAY_ID }), day(181), TRAINEE.id), RuleViolation, 'conversationNotFollowUp');
    expectRefused(p, (x) => x.recordFollowUp(entry({ conversationId: 'nope' }), day(181), TRAINEE.id), NotFoundError, 'conversationNotFound');
  });

  it('the blocks discussed must be in the agreement in force', () => {
    const p = inDevelopment();
    expectRefused(p, (x) => x.recordFollowUp(entry({ blocksDiscussed: ['nope'] }), day(40), TRAINEE.id), ValidationError, 'unknownBlock', 'blocksDiscussed');
    expectRefused(
      p,
      (x) => x.recordFollowUp(entry({ blocksDiscussed: [ASPIRANT_BLOCK, ASPIRANT_BLOCK] }), day(40), TRAINEE.id),
      ValidationError,
      'duplicate',
      'blocksDiscussed',
    );
  });

  it('what was learned and the next actions are required', () => {
    const p = inDevelopment();
    expectRefused(p, (x) => x.recordFollowUp(entry({ learned: '' }), day(40), TRAINEE.id), ValidationError, 'required', 'learned');
    expectRefused(p, (x) => x.recordFollowUp(entry({ nextActions: ' ' }), day(40), TRAINEE.id), ValidationError, 'required', 'nextActions');
  });

  it('an entry id is used once', () => {
    const p = inDevelopment();
    p.recordFollowUp(entry(), day(40), TRAINEE.id);
    expectRefused(p, (x) => x.recordFollowUp(entry(), day(41), TRAINEE.id), ValidationError, 'idInUse', 'id');
  });
});
