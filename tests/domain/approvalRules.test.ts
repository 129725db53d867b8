// Approval re-checks every rule of the version being approved, however the draft came to be: the
// rules live in checkAgreementRules, which editing, approval and loading all use.
import { acceptDraft, checkAgreementRules } from '../../bot/src/domain/agreement';
import { DomainError, RuleViolation, ValidationError } from '../../bot/src/domain/errors';
import { AgreementState, BuildingBlockState } from '../../bot/src/domain/state';
import {
  ASPIRANT_BLOCK,
  GOAL_1,
  LEADER,
  TRAINEE,
  agreementAccepted,
  agreementDrafted,
  day,
  expectBothLanguages,
  expectRefused,
  inDevelopment,
} from './builders';

/** The draft as stored after start-up part 2, with a practice element added. */
function storedDraft(): AgreementState[] {
  const p = agreementDrafted();
  p.addBuildingBlock(
    {
      id: 'block-follow',
      kind: 'practiceElement',
      title: 'Følg lederen',
      goalIds: [GOAL_1],
      period: { from: '2025-02-01', to: '2025-04-30' },
      practice: { type: 'task', form: 'followTheLeader', reach: 'local', scope: '2 timer om ugen', complexity: 1 },
    },
    day(20),
    TRAINEE.id,
  );
  return p.toState().agreements;
}

const aspirant = (draft: AgreementState): BuildingBlockState => draft.blocks.find((b) => b.id === ASPIRANT_BLOCK)!;
const practice = (draft: AgreementState): BuildingBlockState => draft.blocks.find((b) => b.id === 'block-follow')!;

/** Trainee and leader both try to approve; returns what stopped them (or undefined if both got through). */
function approveByBoth(agreements: AgreementState[]): DomainError | undefined {
  try {
    acceptDraft(agreements, 'trainee', { at: day(21).toISOString(), by: TRAINEE.id });
    acceptDraft(agreements, 'leader', { at: day(21).toISOString(), by: LEADER.id });
    return undefined;
  } catch (error) {
    return error as DomainError;
  }
}

describe('approving a learning agreement re-checks every rule of the version being approved', () => {
  it('a draft agreement without the lederaspirantforløb cannot be approved by trainee or leader', () => {
    const agreements = storedDraft();
    const draft = agreements[0];
    draft.blocks = draft.blocks.filter((b) => b.kind !== 'leaderAspirantCourse');

    const error = approveByBoth(agreements);

    expect(error).toBeInstanceOf(RuleViolation);
    expect(error?.code).toBe('aspirantCourseMissing');
    expect(error?.text.da).toBe('Læringsaftalen mangler lederaspirantforløbet, som er en fast del af ledertraineeforløbet.');
    expectBothLanguages(error!.text);
    expect(draft.status).toBe('draft');
    expect(draft.acceptedByTrainee).toBeUndefined();
  });

  it('a draft agreement whose lederaspirantforløb was turned into a course cannot be approved', () => {
    const agreements = storedDraft();
    aspirant(agreements[0]).kind = 'course';

    expect(approveByBoth(agreements)?.code).toBe('aspirantCourseMissing');
  });

  type Breakage = [string, (draft: AgreementState) => void, string, string | undefined];
  const breakages: Breakage[] = [
    ['the lederaspirantforløb twice', (d) => d.blocks.push({ ...aspirant(d), id: 'second-aspirant' }), 'aspirantCourseAlreadyPresent', undefined],
    ['the lederaspirantforløb dropped', (d) => (aspirant(d).status = 'dropped'), 'aspirantCourseMandatory', undefined],
    ['no learning goals', (d) => ((d.goals = []), d.blocks.forEach((b) => (b.goalIds = []))), 'agreementHasNoGoals', undefined],
    ['two goals with the same id', (d) => (d.goals[1].id = d.goals[0].id), 'duplicate', 'goals'],
    ['two building blocks with the same id', (d) => (practice(d).id = ASPIRANT_BLOCK), 'duplicate', 'blocks'],
    ['a block linked to a goal that is not in the agreement', (d) => (practice(d).goalIds = ['no-such-goal']), 'unknownGoal', 'blocks[1].goalIds'],
    ['a block linked to the same goal twice', (d) => (practice(d).goalIds = [GOAL_1, GOAL_1]), 'duplicate', 'blocks[1].goalIds'],
    [
      'practice details on a block that is not a practice element',
      (d) => (aspirant(d).practice = { form: 'observer', reach: 'local', scope: 'x', complexity: 1 }),
      'practiceDetailsOnlyForPracticeElements',
      'blocks[0].practice',
    ],
    ['a practice element without practice details', (d) => delete practice(d).practice, 'practiceDetailsRequired', 'blocks[1].practice'],
    ['a practice element with complexity 4', (d) => (practice(d).practice!.complexity = 4 as never), 'invalidChoice', 'blocks[1].practice.complexity'],
    ['a period that ends before it begins', (d) => (practice(d).period = { from: '2025-05-01', to: '2025-04-01' }), 'invalidDateRange', 'blocks[1].period'],
    ['a period with an impossible date', (d) => (practice(d).period = { from: '2025-02-30' }), 'invalidDate', 'blocks[1].period.from'],
    ['a block title of 201 characters', (d) => (practice(d).title = 'æ'.repeat(201)), 'tooLong', 'blocks[1].title'],
    ['a goal without evidence', (d) => (d.goals[0].evidence = '  '), 'required', 'goals[0].evidence'],
    ['a goal id with a lone surrogate', (d) => (d.goals[0].id = 'goal-\uD800'), 'invalidId', 'goals[0].id'],
    ['13 learning goals', (d) => d.goals.push(...Array.from({ length: 11 }, (_, i) => ({ id: `g${i}`, text: 'Mål', evidence: 'Bevis' }))), 'tooMany', 'goals'],
    [
      '31 building blocks',
      (d) => d.blocks.push(...Array.from({ length: 29 }, (_, i) => ({ ...practice(d), id: `p${i}` }))),
      'tooMany',
      'blocks',
    ],
    ['a period of 25 months', (d) => (d.periodMonths = 25), 'outOfRange', 'periodMonths'],
    ['a follow-up cadence of 0 weeks', (d) => (d.followUpCadenceWeeks = 0), 'outOfRange', 'followUpCadenceWeeks'],
  ];

  it.each(breakages)('a draft agreement with %s cannot be approved', (_, breakIt, code, field) => {
    const agreements = storedDraft();
    breakIt(agreements[0]);

    const error = approveByBoth(agreements);

    expect(error).toBeInstanceOf(DomainError);
    expect(error?.code).toBe(code);
    if (field !== undefined) expect((error as ValidationError).field).toBe(field);
    expectBothLanguages(error!.text);
    expect(agreements[0].status).toBe('draft');
  });

  it('the same rules hold for what the agreement says when it is only checked, not approved', () => {
    const agreements = storedDraft();
    expect(() => checkAgreementRules(agreements[0])).not.toThrow();
    expect(() => checkAgreementRules(agreementAccepted().effectiveAgreement()!)).not.toThrow();
    agreements[0].blocks = agreements[0].blocks.filter((b) => b.kind !== 'leaderAspirantCourse');
    expect(() => checkAgreementRules(agreements[0])).toThrow(RuleViolation);
  });

  it('an approved version must be signed by both, and a draft must not be', () => {
    const approved = agreementAccepted().effectiveAgreement()!;
    delete approved.acceptedByLeader;
    expect(() => checkAgreementRules(approved)).toThrow(expect.objectContaining({ code: 'agreementStatusMismatch' }));

    const draft = storedDraft()[0];
    draft.acknowledgedByHr = { at: day(22).toISOString(), by: 'hr-hanne' };
    expect(() => checkAgreementRules(draft)).toThrow(expect.objectContaining({ code: 'agreementStatusMismatch' }));
  });

  it('a draft that keeps every rule is approved by both as before', () => {
    const agreements = storedDraft();

    expect(approveByBoth(agreements)).toBeUndefined();
    expect(agreements[0].status).toBe('accepted');
  });

  it('a revision that keeps the rules can be edited and approved through the programme', () => {
    const p = inDevelopment();
    p.reviseAgreement('Mere tværgående', day(60), LEADER.id);
    p.updateGoal(GOAL_1, { text: 'Lede et tværgående møde' }, day(61), TRAINEE.id);
    expect(p.acceptAgreement(day(62), TRAINEE.id)).toBe('waitingForOther');
    expect(p.acceptAgreement(day(62), LEADER.id)).toBe('accepted');
    expectRefused(p, (x) => x.removeBuildingBlock(ASPIRANT_BLOCK, day(63), LEADER.id), RuleViolation, 'agreementLocked');
  });
});
