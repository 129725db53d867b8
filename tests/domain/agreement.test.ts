import { agreementPeriodEnd, complexityWarnings } from '../../bot/src/domain/agreement';
import { ForbiddenError, NotFoundError, RuleViolation, ValidationError } from '../../bot/src/domain/errors';
import { BlockInput } from '../../bot/src/domain/agreement';
import { Programme } from '../../bot/src/domain/programme';
import { BuildingBlockState } from '../../bot/src/domain/state';
import {
  ASPIRANT_BLOCK,
  GOAL_1,
  GOAL_2,
  HR,
  LEADER,
  STRANGER,
  TRAINEE,
  agreementAccepted,
  agreementDrafted,
  day,
  expectBothLanguages,
  expectRefused,
  inCompletion,
  inDevelopment,
  part1Documented,
} from './builders';

function practice(id: string, from: string, complexity: 1 | 2 | 3, extra: Partial<BlockInput> = {}): BlockInput {
  return {
    id,
    kind: 'practiceElement',
    title: `Praksis ${id}`,
    description: '',
    goalIds: [],
    period: { from },
    practice: { type: 'process', form: 'sideBySide', reach: 'crossCutting', scope: '1 dag om ugen', complexity },
    ...extra,
  };
}

describe('the learning agreement always has the lederaspirantforløb', () => {
  it('every agreement starts with the lederaspirantforløb', () => {
    const blocks = agreementDrafted().currentAgreement()?.blocks ?? [];
    expect(blocks.filter((b) => b.kind === 'leaderAspirantCourse')).toHaveLength(1);
  });

  it('the lederaspirantforløb cannot be removed from the agreement', () => {
    expectRefused(agreementDrafted(), (x) => x.removeBuildingBlock(ASPIRANT_BLOCK, day(20), LEADER.id), RuleViolation, 'aspirantCourseMandatory');
  });

  it('the lederaspirantforløb cannot be turned into another kind of block', () => {
    expectRefused(
      agreementDrafted(),
      (x) => x.updateBuildingBlock(ASPIRANT_BLOCK, { kind: 'course' }, day(20), LEADER.id),
      RuleViolation,
      'aspirantCourseMandatory',
    );
  });

  it('the lederaspirantforløb is in the agreement once', () => {
    const p = agreementDrafted();
    expectRefused(
      p,
      (x) => x.addBuildingBlock({ id: 'b2', kind: 'leaderAspirantCourse', title: 'Igen' }, day(20), LEADER.id),
      RuleViolation,
      'aspirantCourseAlreadyPresent',
    );
    p.addBuildingBlock({ id: 'b2', kind: 'course', title: 'E-læring i LUS' }, day(20), LEADER.id);
    expectRefused(
      p,
      (x) => x.updateBuildingBlock('b2', { kind: 'leaderAspirantCourse' }, day(20), LEADER.id),
      RuleViolation,
      'aspirantCourseAlreadyPresent',
    );
  });

  it('the lederaspirantforløb cannot be dropped', () => {
    expectRefused(inDevelopment(), (x) => x.setBuildingBlockStatus(ASPIRANT_BLOCK, 'dropped', day(40), LEADER.id), RuleViolation, 'aspirantCourseMandatory');
  });

  it('its title, description and period can be filled in', () => {
    const p = agreementDrafted();
    p.updateBuildingBlock(
      ASPIRANT_BLOCK,
      { title: 'Lederaspirantforløb, hold 3', description: 'Fire moduler', period: { from: '2025-03-01', to: '2025-06-30' } },
      day(20),
      LEADER.id,
    );
    expect(p.currentAgreement()?.blocks[0]).toMatchObject({
      kind: 'leaderAspirantCourse',
      title: 'Lederaspirantforløb, hold 3',
      period: { from: '2025-03-01', to: '2025-06-30' },
    });
  });
});

describe('drafting the learning agreement', () => {
  it('there is no agreement to edit before part 2 of the start-up interview', () => {
    expectRefused(part1Documented(), (x) => x.addGoal({ id: 'g', text: 'Mål', evidence: 'Bevis' }, day(12), LEADER.id), RuleViolation, 'noAgreement');
  });

  it('trainee and leader edit the draft; HR and others cannot', () => {
    const p = agreementDrafted();
    p.addGoal({ id: 'g3', text: 'Holde en svær samtale', evidence: 'Lederen har observeret det' }, day(20), TRAINEE.id);
    p.updateGoal('g3', { text: 'Holde en svær medarbejdersamtale' }, day(20), LEADER.id);
    expect(p.currentAgreement()?.goals[2]).toEqual({ id: 'g3', text: 'Holde en svær medarbejdersamtale', evidence: 'Lederen har observeret det' });
    expectRefused(p, (x) => x.addGoal({ id: 'g4', text: 'x', evidence: 'y' }, day(20), HR.id), ForbiddenError, 'onlyTraineeOrLeaderEditsAgreement');
    expectRefused(p, (x) => x.removeGoal('g3', day(20), STRANGER.id), ForbiddenError, 'onlyTraineeOrLeaderEditsAgreement');
  });

  it('the period and the cadence of follow-up meetings can be set', () => {
    const p = agreementDrafted();
    p.setAgreementTerms({ periodStart: '2025-02-01', periodMonths: 10, followUpCadenceWeeks: 3 }, day(20), LEADER.id);
    expect(p.currentAgreement()).toMatchObject({ periodStart: '2025-02-01', periodMonths: 10, followUpCadenceWeeks: 3 });
    expect(agreementPeriodEnd(p.currentAgreement()!)).toBe('2025-11-30');
  });

  it('period and cadence must be valid', () => {
    const p = agreementDrafted();
    expectRefused(p, (x) => x.setAgreementTerms({ periodStart: '1/2/2025' }, day(20), LEADER.id), ValidationError, 'invalidDate', 'periodStart');
    expectRefused(p, (x) => x.setAgreementTerms({ periodMonths: 0 }, day(20), LEADER.id), ValidationError, 'outOfRange', 'periodMonths');
    expectRefused(p, (x) => x.setAgreementTerms({ periodMonths: 25 }, day(20), LEADER.id), ValidationError, 'outOfRange', 'periodMonths');
    expectRefused(p, (x) => x.setAgreementTerms({ followUpCadenceWeeks: 0 }, day(20), LEADER.id), ValidationError, 'outOfRange', 'followUpCadenceWeeks');
  });

  it('a learning goal needs a text and how we will see it', () => {
    const p = agreementDrafted();
    expectRefused(p, (x) => x.addGoal({ id: 'g', text: '', evidence: 'y' }, day(20), LEADER.id), ValidationError, 'required', 'text');
    expectRefused(p, (x) => x.addGoal({ id: 'g', text: 'x', evidence: '' }, day(20), LEADER.id), ValidationError, 'required', 'evidence');
    expectRefused(p, (x) => x.addGoal({ id: GOAL_1, text: 'x', evidence: 'y' }, day(20), LEADER.id), ValidationError, 'idInUse', 'id');
    expectRefused(p, (x) => x.updateGoal(GOAL_1, { evidence: ' ' }, day(20), LEADER.id), ValidationError, 'required', 'evidence');
  });

  it('an agreement has at most twelve learning goals', () => {
    const p = agreementDrafted();
    for (let i = 3; i <= 12; i++) p.addGoal({ id: `g${i}`, text: `Mål ${i}`, evidence: 'Bevis' }, day(20), LEADER.id);
    expectRefused(p, (x) => x.addGoal({ id: 'g13', text: 'Mål 13', evidence: 'Bevis' }, day(20), LEADER.id), ValidationError, 'tooMany', 'goals');
  });

  it('removing a learning goal also unlinks it from the building blocks', () => {
    const p = agreementDrafted();
    p.addBuildingBlock({ id: 'b', kind: 'leaderRoleIntroduction', title: 'Intro til LUS', goalIds: [GOAL_1, GOAL_2] }, day(20), LEADER.id);
    p.removeGoal(GOAL_1, day(20), LEADER.id);
    expect(p.currentAgreement()?.goals.map((g) => g.id)).toEqual([GOAL_2]);
    expect(p.currentAgreement()?.blocks.find((b) => b.id === 'b')?.goalIds).toEqual([GOAL_2]);
  });

  it('a goal or block that does not exist is reported as not found', () => {
    const p = agreementDrafted();
    expectRefused(p, (x) => x.updateGoal('nope', { text: 'x' }, day(20), LEADER.id), NotFoundError, 'goalNotFound');
    expectRefused(p, (x) => x.removeGoal('nope', day(20), LEADER.id), NotFoundError, 'goalNotFound');
    expectRefused(p, (x) => x.updateBuildingBlock('nope', { title: 'x' }, day(20), LEADER.id), NotFoundError, 'blockNotFound');
    expectRefused(p, (x) => x.removeBuildingBlock('nope', day(20), LEADER.id), NotFoundError, 'blockNotFound');
  });

  it('building blocks are added with kind, title, description, linked goals and period, and start as planned', () => {
    const p = agreementDrafted();
    p.addBuildingBlock(
      { id: 'b', kind: 'course', title: ' Kursus i forandringsledelse ', description: 'To dage', goalIds: [GOAL_2], period: { from: '2025-04-01', to: '2025-04-02' } },
      day(20),
      TRAINEE.id,
    );
    expect(p.currentAgreement()?.blocks[1]).toEqual<BuildingBlockState>({
      id: 'b',
      kind: 'course',
      title: 'Kursus i forandringsledelse',
      description: 'To dage',
      goalIds: [GOAL_2],
      period: { from: '2025-04-01', to: '2025-04-02' },
      status: 'planned',
    });
  });

  it('a practice element needs form of training, reach, scope and complexity 1–3', () => {
    const p = agreementDrafted();
    p.addBuildingBlock(practice('b', '2025-03-01', 2), day(20), LEADER.id);
    expect(p.currentAgreement()?.blocks[1].practice).toEqual({ type: 'process', form: 'sideBySide', reach: 'crossCutting', scope: '1 dag om ugen', complexity: 2 });
    expectRefused(p, (x) => x.addBuildingBlock({ ...practice('c', '2025-03-01', 1), practice: undefined }, day(20), LEADER.id), ValidationError, 'practiceDetailsRequired', 'practice');
    const bad = (details: object) => ({ ...practice('c', '2025-03-01', 1), practice: { ...practice('c', '2025-03-01', 1).practice!, ...details } } as BlockInput);
    expectRefused(p, (x) => x.addBuildingBlock(bad({ complexity: 4 }), day(20), LEADER.id), ValidationError, 'invalidChoice', 'practice.complexity');
    expectRefused(p, (x) => x.addBuildingBlock(bad({ form: 'shadowing' }), day(20), LEADER.id), ValidationError, 'invalidChoice', 'practice.form');
    expectRefused(p, (x) => x.addBuildingBlock(bad({ reach: 'global' }), day(20), LEADER.id), ValidationError, 'invalidChoice', 'practice.reach');
    expectRefused(p, (x) => x.addBuildingBlock(bad({ scope: '' }), day(20), LEADER.id), ValidationError, 'required', 'practice.scope');
  });

  it('a practice element says whether it is a task, a process or a project, and whether it is local or cross-cutting', () => {
    const p = agreementDrafted();
    const base = practice('c', '2025-03-01', 1);
    expectRefused(p, (x) => x.addBuildingBlock({ ...base, practice: { ...base.practice!, type: undefined } }, day(20), LEADER.id), ValidationError, 'required', 'practice.type');
    expectRefused(p, (x) => x.addBuildingBlock({ ...base, practice: { ...base.practice!, type: 'meeting' as never } }, day(20), LEADER.id), ValidationError, 'invalidChoice', 'practice.type');
    for (const type of ['task', 'process', 'project'] as const) {
      p.addBuildingBlock({ ...practice(`p-${type}`, '2025-03-01', 1), practice: { ...base.practice!, type, reach: 'local' } }, day(20), LEADER.id);
    }
    const stored = p.currentAgreement()!.blocks.filter((b) => b.id.startsWith('p-'));
    expect(stored.map((b) => [b.practice?.type, b.practice?.reach])).toEqual([
      ['task', 'local'],
      ['process', 'local'],
      ['project', 'local'],
    ]);
  });

  it("the seed's forms are examples: another form is written in words, and only then", () => {
    const p = agreementDrafted();
    const base = practice('c', '2025-03-01', 1);
    p.addBuildingBlock({ ...base, practice: { ...base.practice!, form: 'other', otherForm: 'Rotation i tre teams' } }, day(20), LEADER.id);
    expect(p.currentAgreement()?.blocks[1].practice).toEqual(expect.objectContaining({ form: 'other', otherForm: 'Rotation i tre teams' }));
    const other = practice('d', '2025-03-01', 1);
    expectRefused(p, (x) => x.addBuildingBlock({ ...other, practice: { ...other.practice!, form: 'other' } }, day(20), LEADER.id), ValidationError, 'required', 'practice.otherForm');
    expectRefused(
      p,
      (x) => x.addBuildingBlock({ ...other, practice: { ...other.practice!, form: 'placement', otherForm: 'Rotation' } }, day(20), LEADER.id),
      ValidationError,
      'invalidChoice',
      'practice.otherForm',
    );
  });

  it('a practice element stored before its type was recorded still loads, and keeps its details when edited', () => {
    const p = agreementDrafted();
    p.addBuildingBlock(practice('old', '2025-03-01', 2), day(20), LEADER.id);
    const state = p.toState();
    delete state.agreements[0].blocks[1].practice!.type;
    const loaded = Programme.fromState(state);
    expect(loaded.currentAgreement()?.blocks[1].practice?.type).toBeUndefined();
    loaded.updateBuildingBlock('old', { title: 'Nyt navn' }, day(21), LEADER.id);
    expect(loaded.currentAgreement()?.blocks[1]).toEqual(expect.objectContaining({ title: 'Nyt navn', practice: expect.objectContaining({ form: 'sideBySide', complexity: 2 }) }));
  });

  it('form, scope and complexity are for practice elements only', () => {
    const p = agreementDrafted();
    expectRefused(
      p,
      (x) => x.addBuildingBlock({ ...practice('c', '2025-03-01', 1), kind: 'course' }, day(20), LEADER.id),
      ValidationError,
      'practiceDetailsOnlyForPracticeElements',
      'practice',
    );
  });

  it('changing a practice element into a course drops its practice details; the other way round needs them', () => {
    const p = agreementDrafted();
    p.addBuildingBlock(practice('b', '2025-03-01', 2), day(20), LEADER.id);
    p.updateBuildingBlock('b', { kind: 'course' }, day(20), LEADER.id);
    expect(p.currentAgreement()?.blocks[1].practice).toBeUndefined();
    expectRefused(p, (x) => x.updateBuildingBlock('b', { kind: 'practiceElement' }, day(20), LEADER.id), ValidationError, 'practiceDetailsRequired');
    p.updateBuildingBlock('b', { kind: 'practiceElement', practice: { type: 'project', form: 'placement', reach: 'local', scope: '3 uger', complexity: 3 } }, day(20), LEADER.id);
    expect(p.currentAgreement()?.blocks[1].practice?.form).toBe('placement');
  });

  it('a block needs a title, its period cannot end before it starts, and its goals must be in the agreement', () => {
    const p = agreementDrafted();
    expectRefused(p, (x) => x.addBuildingBlock({ id: 'b', kind: 'course', title: '' }, day(20), LEADER.id), ValidationError, 'required', 'title');
    expectRefused(
      p,
      (x) => x.addBuildingBlock({ id: 'b', kind: 'course', title: 'K', period: { from: '2025-05-01', to: '2025-04-01' } }, day(20), LEADER.id),
      ValidationError,
      'invalidDateRange',
      'period',
    );
    expectRefused(p, (x) => x.addBuildingBlock({ id: 'b', kind: 'course', title: 'K', period: { from: '2025-13-01' } }, day(20), LEADER.id), ValidationError, 'invalidDate', 'period.from');
    expectRefused(p, (x) => x.addBuildingBlock({ id: 'b', kind: 'course', title: 'K', goalIds: ['nope'] }, day(20), LEADER.id), ValidationError, 'unknownGoal', 'goalIds');
    expectRefused(p, (x) => x.addBuildingBlock({ id: 'b', kind: 'course', title: 'K', goalIds: [GOAL_1, GOAL_1] }, day(20), LEADER.id), ValidationError, 'duplicate', 'goalIds');
    expectRefused(p, (x) => x.addBuildingBlock({ id: ASPIRANT_BLOCK, kind: 'course', title: 'K' }, day(20), LEADER.id), ValidationError, 'idInUse', 'id');
    expectRefused(p, (x) => x.addBuildingBlock({ id: 'b', kind: 'workshop' as never, title: 'K' }, day(20), LEADER.id), ValidationError, 'invalidChoice', 'kind');
  });

  it('a block can be removed from the draft', () => {
    const p = agreementDrafted();
    p.addBuildingBlock({ id: 'b', kind: 'course', title: 'K' }, day(20), LEADER.id);
    p.removeBuildingBlock('b', day(20), TRAINEE.id);
    expect(p.currentAgreement()?.blocks.map((b) => b.id)).toEqual([ASPIRANT_BLOCK]);
  });
});

describe('accepting the learning agreement', () => {
  it('trainee and leader each accept for themselves; it comes into force when both have', () => {
    const p = agreementDrafted();
    expect(p.acceptAgreement(day(21), TRAINEE.id)).toBe('waitingForOther');
    expect(p.currentAgreement()).toMatchObject({ status: 'draft', acceptedByTrainee: { at: day(21).toISOString(), by: TRAINEE.id } });
    expect(p.effectiveAgreement()).toBeUndefined();
    expect(p.acceptAgreement(day(22), LEADER.id)).toBe('accepted');
    expect(p.effectiveAgreement()).toMatchObject({ version: 1, status: 'accepted', acceptedByLeader: { at: day(22).toISOString(), by: LEADER.id } });
    expect(p.draftAgreement()).toBeUndefined();
  });

  it('the HR consultant cannot accept on behalf of trainee or leader', () => {
    expectRefused(agreementDrafted(), (x) => x.acceptAgreement(day(21), HR.id), ForbiddenError, 'onlyTraineeOrLeaderAccepts');
    expectRefused(agreementDrafted(), (x) => x.acceptAgreement(day(21), STRANGER.id), ForbiddenError, 'onlyTraineeOrLeaderAccepts');
  });

  it('the same person cannot accept twice', () => {
    const p = agreementDrafted();
    p.acceptAgreement(day(21), TRAINEE.id);
    expectRefused(p, (x) => x.acceptAgreement(day(22), TRAINEE.id), RuleViolation, 'agreementAlreadyAcceptedByYou');
  });

  it('any content edit of the draft clears earlier acceptances', () => {
    const p = agreementDrafted();
    p.acceptAgreement(day(21), TRAINEE.id);
    p.updateGoal(GOAL_1, { evidence: 'Teamet og lederen giver feedback' }, day(21), LEADER.id);
    expect(p.currentAgreement()?.acceptedByTrainee).toBeUndefined();
    expect(p.acceptAgreement(day(22), LEADER.id)).toBe('waitingForOther');

    p.setAgreementTerms({ followUpCadenceWeeks: 2 }, day(23), TRAINEE.id);
    expect(p.currentAgreement()?.acceptedByLeader).toBeUndefined();
  });

  it('an agreement without learning goals cannot be accepted', () => {
    const p = agreementDrafted();
    p.removeGoal(GOAL_1, day(20), LEADER.id);
    p.removeGoal(GOAL_2, day(20), LEADER.id);
    expectRefused(p, (x) => x.acceptAgreement(day(21), TRAINEE.id), RuleViolation, 'agreementHasNoGoals');
  });

  it('there is nothing to accept before the agreement is drafted', () => {
    expectRefused(part1Documented(), (x) => x.acceptAgreement(day(12), TRAINEE.id), RuleViolation, 'noAgreement');
  });

  it('an accepted agreement cannot be edited: a new version is needed', () => {
    const p = inDevelopment();
    const error = expectRefused(p, (x) => x.addGoal({ id: 'g', text: 'x', evidence: 'y' }, day(30), LEADER.id), RuleViolation, 'agreementLocked');
    expect(error.text.da).toContain('så opret en ny version');
    expectRefused(p, (x) => x.removeBuildingBlock('block-follow', day(30), LEADER.id), RuleViolation, 'agreementLocked');
    expectRefused(p, (x) => x.setAgreementTerms({ periodMonths: 6 }, day(30), LEADER.id), RuleViolation, 'agreementLocked');
    expectRefused(p, (x) => x.acceptAgreement(day(30), LEADER.id), RuleViolation, 'agreementLocked');
  });

  it('the HR consultant acknowledges the accepted agreement, once', () => {
    const p = agreementAccepted();
    expectRefused(p, (x) => x.acknowledgeAgreement(day(22), LEADER.id), ForbiddenError, 'onlyHrAcknowledges');
    p.acknowledgeAgreement(day(22), HR.id);
    expect(p.effectiveAgreement()?.acknowledgedByHr).toEqual({ at: day(22).toISOString(), by: HR.id });
    expectRefused(p, (x) => x.acknowledgeAgreement(day(23), HR.id), RuleViolation, 'agreementAlreadyAcknowledged');
  });

  it("only the HR consultant writes HR's remark; it is no content, so both approvals stand; empty removes it", () => {
    const p = agreementAccepted();
    expectRefused(p, (x) => x.setAgreementHrComment('Fint', day(22), LEADER.id), ForbiddenError, 'onlyHrComments');
    expectRefused(p, (x) => x.setAgreementHrComment('Fint', day(22), TRAINEE.id), ForbiddenError, 'onlyHrComments');
    p.setAgreementHrComment('Husk netværket på tværs', day(22), HR.id);
    const agreement = p.effectiveAgreement()!;
    expect(agreement.hrComment).toEqual({ at: day(22).toISOString(), by: HR.id, text: 'Husk netværket på tværs' });
    expect(agreement.acceptedByTrainee).toBeDefined();
    expect(agreement.acceptedByLeader).toBeDefined();
    expect(Programme.fromState(p.toState()).effectiveAgreement()?.hrComment?.text).toBe('Husk netværket på tværs');
    expectRefused(p, (x) => x.setAgreementHrComment('x'.repeat(2001), day(23), HR.id), ValidationError, 'tooLong', 'hrComment');
    p.setAgreementHrComment('', day(23), HR.id);
    expect(p.effectiveAgreement()?.hrComment).toBeUndefined();
  });

  it('HR cannot acknowledge an agreement that is not yet accepted', () => {
    expectRefused(agreementDrafted(), (x) => x.acknowledgeAgreement(day(20), HR.id), RuleViolation, 'noAcceptedAgreement');
  });
});

describe('new versions of the learning agreement', () => {
  it('a change after acceptance opens a new draft version with the same content; the old one stays in force', () => {
    const p = inDevelopment();
    p.reviseAgreement('Nyt praksiselement i Borgerservice', day(60), LEADER.id);
    const [v1, v2] = p.agreements();
    expect(v2).toEqual({
      version: 2,
      status: 'draft',
      created: { at: day(60).toISOString(), by: LEADER.id },
      revisionReason: 'Nyt praksiselement i Borgerservice',
      periodStart: v1.periodStart,
      periodMonths: v1.periodMonths,
      followUpCadenceWeeks: v1.followUpCadenceWeeks,
      goals: v1.goals,
      blocks: v1.blocks,
    });
    expect(p.effectiveAgreement()?.version).toBe(1);
    expect(p.currentAgreement()?.version).toBe(2);
    expect(p.draftAgreement()?.version).toBe(2);
  });

  it('the new version needs both acceptances again; then the old one is superseded but still readable', () => {
    const p = inDevelopment();
    p.reviseAgreement('Mere kompleksitet', day(60), TRAINEE.id);
    p.addBuildingBlock(practice('b-new', '2025-06-01', 3), day(61), LEADER.id);
    p.acceptAgreement(day(62), LEADER.id);
    expect(p.effectiveAgreement()?.version).toBe(1);
    p.acceptAgreement(day(63), TRAINEE.id);
    expect(p.effectiveAgreement()?.version).toBe(2);
    expect(p.agreement(1).status).toBe('superseded');
    expect(p.agreement(1).blocks.map((b) => b.id)).not.toContain('b-new');
    expect(p.agreement(2).blocks.map((b) => b.id)).toContain('b-new');
  });

  it('there is no agreement to revise before part 2 of the start-up interview', () => {
    expectRefused(part1Documented(), (x) => x.reviseAgreement('Ændring', day(12), LEADER.id), RuleViolation, 'noAgreement');
  });

  it('a new version needs a reason', () => {
    expectRefused(inDevelopment(), (x) => x.reviseAgreement('  ', day(60), LEADER.id), ValidationError, 'required', 'reason');
  });

  it('only one new version is drafted at a time', () => {
    const p = inDevelopment();
    p.reviseAgreement('Første ændring', day(60), LEADER.id);
    expectRefused(p, (x) => x.reviseAgreement('Anden ændring', day(61), LEADER.id), RuleViolation, 'agreementDraftAlreadyOpen');
  });

  it('a draft that was never accepted is edited, not revised', () => {
    expectRefused(agreementDrafted(), (x) => x.reviseAgreement('Ændring', day(20), LEADER.id), RuleViolation, 'noAcceptedAgreement');
  });

  it('HR may open a new version too; people outside the programme may not', () => {
    const p = inDevelopment();
    expectRefused(p, (x) => x.reviseAgreement('Ændring', day(60), STRANGER.id), ForbiddenError, 'notParticipant');
    p.reviseAgreement('Ændring efter samtale med HR', day(60), HR.id);
    expect(p.draftAgreement()?.created.by).toBe(HR.id);
  });

  it('the agreement is not revised or edited once completion has begun', () => {
    const p = inCompletion();
    expectRefused(p, (x) => x.reviseAgreement('For sent', day(331), LEADER.id), RuleViolation, 'wrongPhase');
  });

  it('an unknown version is reported as not found', () => {
    expect(() => inDevelopment().agreement(7)).toThrow(NotFoundError);
  });
});

describe('progress on the building blocks', () => {
  it('a block goes planned → in progress → done on the agreement in force, without a new version', () => {
    const p = inDevelopment();
    p.setBuildingBlockStatus('block-follow', 'inProgress', day(40), TRAINEE.id);
    p.setBuildingBlockStatus('block-follow', 'done', day(90), LEADER.id);
    expect(p.agreements()).toHaveLength(1);
    expect(p.effectiveAgreement()?.blocks.find((b) => b.id === 'block-follow')?.status).toBe('done');
  });

  it('a block that is not the lederaspirantforløb can be dropped', () => {
    const p = inDevelopment();
    p.setBuildingBlockStatus('block-follow', 'dropped', day(40), LEADER.id);
    expect(p.effectiveAgreement()?.blocks[1].status).toBe('dropped');
  });

  it('progress does not go backwards, and done or dropped blocks stay that way', () => {
    const p = inDevelopment();
    p.setBuildingBlockStatus('block-follow', 'inProgress', day(40), TRAINEE.id);
    expectRefused(p, (x) => x.setBuildingBlockStatus('block-follow', 'planned', day(41), TRAINEE.id), RuleViolation, 'invalidBlockStatusTransition');
    p.setBuildingBlockStatus('block-follow', 'done', day(90), LEADER.id);
    const error = expectRefused(p, (x) => x.setBuildingBlockStatus('block-follow', 'dropped', day(91), TRAINEE.id), RuleViolation, 'invalidBlockStatusTransition');
    expect(error.text.da).toBe('En byggeklods kan ikke gå fra »gennemført« til »fravalgt«.');
    expectRefused(p, (x) => x.setBuildingBlockStatus('block-follow', 'finished' as never, day(91), TRAINEE.id), ValidationError, 'invalidChoice', 'status');
  });

  it('only trainee and leader report progress', () => {
    expectRefused(inDevelopment(), (x) => x.setBuildingBlockStatus('block-follow', 'inProgress', day(40), HR.id), ForbiddenError, 'onlyTraineeOrLeaderReportsProgress');
  });

  it('progress is reported from the development part on, not while the agreement is being made', () => {
    expectRefused(agreementAccepted(), (x) => x.setBuildingBlockStatus('block-follow', 'inProgress', day(21), TRAINEE.id), RuleViolation, 'wrongPhase');
  });

  it('progress can still be reported during completion', () => {
    const p = inCompletion();
    p.setBuildingBlockStatus(ASPIRANT_BLOCK, 'done', day(331), TRAINEE.id);
    expect(p.effectiveAgreement()?.blocks[0].status).toBe('done');
  });

  it('progress reported while a new version is being drafted is kept in the draft too', () => {
    const p = inDevelopment();
    p.reviseAgreement('Ændring', day(60), LEADER.id);
    p.setBuildingBlockStatus('block-follow', 'inProgress', day(61), TRAINEE.id);
    expect(p.agreement(1).blocks[1].status).toBe('inProgress');
    expect(p.agreement(2).blocks[1].status).toBe('inProgress');
  });

  it('a block must exist in the agreement in force', () => {
    expectRefused(inDevelopment(), (x) => x.setBuildingBlockStatus('nope', 'done', day(40), LEADER.id), NotFoundError, 'blockNotFound');
  });
});

describe('complexity should increase over the period', () => {
  it('warns (without refusing) when a practice element that starts later is less complex than an earlier one', () => {
    const p = agreementDrafted();
    p.addBuildingBlock(practice('early', '2025-02-01', 3), day(20), LEADER.id);
    p.addBuildingBlock(practice('late', '2025-05-01', 1), day(20), LEADER.id);
    const warnings = p.complexityWarnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'complexityDecreases', blockId: 'late', earlierBlockId: 'early' });
    expectBothLanguages(warnings[0].text);
    expect(warnings[0].text.da).toContain('Kompleksiteten bør øges over perioden');
    p.acceptAgreement(day(21), TRAINEE.id);
    expect(p.acceptAgreement(day(21), LEADER.id)).toBe('accepted');
  });

  it('does not warn when complexity rises or stays the same', () => {
    const blocks = [practice('a', '2025-02-01', 1), practice('b', '2025-03-01', 2), practice('c', '2025-04-01', 2)].map(
      (b) => ({ ...b, status: 'planned' }) as BuildingBlockState,
    );
    expect(complexityWarnings({ blocks })).toEqual([]);
  });

  it('compares with the most complex earlier element, and ignores dropped ones and those without a start date', () => {
    const asState = (b: BlockInput, status: BuildingBlockState['status'] = 'planned') => ({ ...b, status }) as BuildingBlockState;
    const blocks = [
      asState(practice('a', '2025-02-01', 2)),
      asState(practice('b', '2025-03-01', 3)),
      asState(practice('c', '2025-04-01', 2)),
      asState(practice('d', '2025-05-01', 1), 'dropped'),
      asState({ ...practice('e', '2025-06-01', 1), period: {} }),
    ];
    expect(complexityWarnings({ blocks }).map((w) => [w.blockId, w.earlierBlockId])).toEqual([['c', 'b']]);
  });

  it('can be asked for any version', () => {
    const p = agreementDrafted();
    p.addBuildingBlock(practice('early', '2025-02-01', 2), day(20), LEADER.id);
    p.addBuildingBlock(practice('late', '2025-05-01', 1), day(20), LEADER.id);
    expect(p.complexityWarnings(1)).toHaveLength(1);
    expect(Programme.fromState(p.toState()).complexityWarnings()).toHaveLength(1);
  });
});

describe('the agreement period', () => {
  it('ends on the last day before the same date the given number of months later', () => {
    expect(agreementPeriodEnd({ periodStart: '2025-01-20', periodMonths: 12 })).toBe('2026-01-19');
    expect(agreementPeriodEnd({ periodStart: '2025-02-01', periodMonths: 12 })).toBe('2026-01-31');
  });
});
