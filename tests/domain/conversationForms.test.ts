// Filling a conversation's card together, in the domain: drafts that merge each person's own
// answers, HR's private notes, documenting from the card (part 2 drafts the learning agreement,
// a follow-up becomes the referat with the leader's sparring), validation that changes nothing.
import { AnswersRefused, answerKey } from '../../bot/src/domain/conversationForms';
import { ForbiddenError, InvalidProgrammeStateError, RuleViolation } from '../../bot/src/domain/errors';
import { Programme } from '../../bot/src/domain/programme';
import {
  agreementAccepted,
  day,
  expectRefused,
  GOAL_1,
  GOAL_2,
  HR,
  LEADER,
  MIDWAY_ID,
  midwayHeld,
  part1Booked,
  PART1_ID,
  part2Held,
  PART2_ID,
  STRANGER,
  TRAINEE,
  TRANSITION_ID,
  transitionHeld,
} from './builders';

const PART2_ANSWERS = {
  motivation: 'Vil skabe retning for et team.',
  strengths: 'Overblik og ro.',
  developmentAreas: 'Svære samtaler.',
  traineeExpectations: 'Sparring hver måned.',
  leaderExpectations: 'Ejerskab for praksiselementerne.',
  commitments: 'Vi holder opfølgningsmøderne.',
  goal1Text: 'Lede et personalemøde',
  goal1Evidence: 'Teamet giver feedback bagefter',
  goal2Text: 'Forstå budgettet',
  goal2Evidence: 'Kan forklare budgettet for lederen',
};

function reloaded(p: Programme): Programme {
  // As storage does it: the state must keep every rule.
  return Programme.fromState(p.toState());
}

describe('filling a conversation card together', () => {
  it('documenting start-up part 2 from the card drafts the learning agreement with the goals written in it', () => {
    const p = part2Held();
    p.saveConversationDraft(PART2_ID, { motivation: PART2_ANSWERS.motivation }, day(19), TRAINEE.id);
    p.documentFromCard(PART2_ID, { ...PART2_ANSWERS, motivation: undefined }, day(19), LEADER.id);

    const draft = reloaded(p).draftAgreement();
    expect(draft?.goals.map((g) => g.text)).toEqual(['Lede et personalemøde', 'Forstå budgettet']);
    expect(draft?.blocks.map((b) => b.kind)).toEqual(['leaderAspirantCourse']);
    const record = p.conversation(PART2_ID).record;
    expect(record?.kind === 'startupPart2' && record.data.motivation).toBe('Vil skabe retning for et team.');
    expect(p.conversation(PART2_ID).draft).toBeUndefined();
  });

  it('each person keeps only their own answers: the leader cannot write or erase the HR consultant\'s notes', () => {
    const p = midwayHeld();
    p.saveConversationDraft(MIDWAY_ID, { hrNotes: 'Kun til HR', whatWorks: 'HR skrev' }, day(180), HR.id);
    p.saveConversationDraft(MIDWAY_ID, { hrNotes: 'Lederen prøver', whatWorks: 'Lederen skrev' }, day(180), LEADER.id);
    const answers = reloaded(p).conversation(MIDWAY_ID).draft?.answers;
    expect(answers).toMatchObject({ hrNotes: 'Kun til HR', whatWorks: 'Lederen skrev' });
  });

  it('the transition interview needs the trainee\'s and the leader\'s own programme feedback, each written by them', () => {
    const p = transitionHeld();
    const common = {
      [answerKey.goalEffect(GOAL_1)]: 'Leder møder',
      [answerKey.goalResult(GOAL_1)]: 'Nået',
      [answerKey.goalEffect(GOAL_2)]: 'Kender LUS',
      [answerKey.goalResult(GOAL_2)]: 'Nået',
      learning: 'Ledelse er relationer',
      nextStep: 'Søge stilling',
      readiness: 'leaderReady',
    };
    // HR cannot write the parties' feedback; without it nothing is documented.
    const refused = expectRefused(p, (x) => x.documentFromCard(TRANSITION_ID, { ...common, traineeFeedback: 'HR skriver', leaderFeedback: 'HR skriver' }, day(350), HR.id), AnswersRefused, 'answersRefused');
    expect((refused as AnswersRefused).problems.map((x) => x.key)).toEqual(['traineeFeedback', 'leaderFeedback']);

    p.saveConversationDraft(TRANSITION_ID, { traineeFeedback: 'Flere samlinger' }, day(350), TRAINEE.id);
    p.saveConversationDraft(TRANSITION_ID, { leaderFeedback: 'Godt forløb' }, day(350), LEADER.id);
    p.documentFromCard(TRANSITION_ID, common, day(350), HR.id);
    const record = reloaded(p).conversation(TRANSITION_ID).record;
    expect(record?.kind === 'transition' && [record.data.traineeFeedback, record.data.leaderFeedback]).toEqual(['Flere samlinger', 'Godt forløb']);
    expect(p.isClosed).toBe(true);
  });

  it('refused answers change nothing and name every problem: required, too long, out of range, date out of range', () => {
    const p = part1Booked();
    p.markHeld(PART1_ID, day(10), HR.id);
    const error = expectRefused(
      p,
      (x) => x.documentFromCard(PART1_ID, { format: 'individual', periodMonths: '30', hoursPerWeek: '4', part2Date: '2027-01-01', hrNotes: 'x'.repeat(4001) }, day(10), HR.id),
      AnswersRefused,
      'answersRefused',
    ) as AnswersRefused;
    expect(error.problems.map((x) => x.key)).toEqual(['frameIntroduced', 'periodMonths', 'part2Date', 'hrNotes', 'personalityFeedbackGiven']);
    expect(error.problems.find((x) => x.key === 'part2Date')?.text.da).toContain('skal ligge fra 11. januar 2025 til 11. april 2025');
    // A draft may be incomplete but not invalid.
    expectRefused(p, (x) => x.saveConversationDraft(PART1_ID, { periodMonths: '0' }, day(10), HR.id), AnswersRefused, 'answersRefused');
  });

  it('documenting a booked conversation marks it held first, all or nothing', () => {
    const p = part1Booked();
    // Before its start: refused, and the conversation is still booked.
    expectRefused(
      p,
      (x) => x.documentFromCard(PART1_ID, { format: 'individual', frameIntroduced: 'phases,roles', periodMonths: '12', hoursPerWeek: '4', personalityFeedbackGiven: 'true' }, day(9), HR.id),
      RuleViolation,
      'conversationNotYetStarted',
    );
    p.documentFromCard(PART1_ID, { format: 'individual', frameIntroduced: 'phases,roles', periodMonths: '10', hoursPerWeek: '4', personalityFeedbackGiven: 'true' }, day(10), HR.id);
    const c = reloaded(p).conversation(PART1_ID);
    expect(c.status).toBe('documented');
    expect(c.held).toBeDefined();
  });

  it('a documented conversation is read-only and an outsider cannot write on it', () => {
    const p = part2Held();
    p.documentFromCard(PART2_ID, PART2_ANSWERS, day(19), LEADER.id);
    expect(p.conversationWritable(PART2_ID)).toBe(false);
    expectRefused(p, (x) => x.saveConversationDraft(PART2_ID, { motivation: 'igen' }, day(20), TRAINEE.id), RuleViolation, 'conversationReadOnly');
    expectRefused(p, (x) => x.saveConversationDraft(PART2_ID, { motivation: 'igen' }, day(20), STRANGER.id), ForbiddenError, 'notConversationParticipant');
    expectRefused(p, (x) => x.saveConversationDraft(PART2_ID, { motivation: 'igen' }, day(20), HR.id), ForbiddenError, 'notConversationParticipant');
  });

  it('the referat af opfølgningsmødet records the leader\'s sparring and supervision on each practice element', () => {
    const p = agreementAccepted();
    p.beginDevelopment(day(22), LEADER.id);
    p.book('followUp', 'fu-1', day(40), 60, day(30), LEADER.id);
    p.saveConversationDraft('fu-1', { [answerKey.supervision('block-follow')]: 'Trainee prøver' }, day(40), TRAINEE.id);
    p.saveConversationDraft('fu-1', { [answerKey.supervision('block-follow')]: 'Tag ordet først på mødet' }, day(40), LEADER.id);
    p.documentFromCard('fu-1', { blocksDiscussed: 'block-follow', learned: 'Dagsorden', nextActions: 'Lede mødet' }, day(40), TRAINEE.id);
    const entry = reloaded(p).followUps().find((f) => f.conversationId === 'fu-1');
    expect(entry).toMatchObject({ blocksDiscussed: ['block-follow'], learned: 'Dagsorden', supervision: [{ blockId: 'block-follow', note: 'Tag ordet først på mødet' }] });
    expect(p.conversation('fu-1').status).toBe('documented');
  });

  it('a stored programme with a draft on a documented conversation, or an over-long draft answer, is refused on load', () => {
    const p = part2Held();
    p.documentFromCard(PART2_ID, PART2_ANSWERS, day(19), LEADER.id);
    const state = p.toState();
    const documented = state.conversations.find((c) => c.id === PART2_ID)!;
    documented.draft = { answers: { motivation: 'x' }, saved: { at: day(19).toISOString(), by: LEADER.id } };
    expect(() => Programme.fromState(state)).toThrow(InvalidProgrammeStateError);

    const open = midwayHeld().toState();
    open.conversations.find((c) => c.id === MIDWAY_ID)!.draft = { answers: { whatWorks: 'x'.repeat(4001) }, saved: { at: day(180).toISOString(), by: HR.id } };
    expect(() => Programme.fromState(open)).toThrow(InvalidProgrammeStateError);
  });

  it('cancelling a conversation drops the answers written ahead on its card, and the programme still loads', () => {
    const p = midwayHeld();
    p.book('followUp', 'fu-2', day(200), 60, day(181), LEADER.id);
    p.saveConversationDraft('fu-2', { learned: 'Forberedt' }, day(181), TRAINEE.id);
    p.cancel('fu-2', 'Sygdom', day(182), LEADER.id);
    const c = reloaded(p).conversation('fu-2');
    expect(c.status).toBe('cancelled');
    expect(c.draft).toBeUndefined();
  });
});
