// Builders for programmes at each point of the programme, made only through the domain's own
// methods, so every builder is itself a walk through the rules.
import { DomainError } from '../../bot/src/domain/errors';
import { Department } from '../../bot/src/domain/department';
import { PersonRef } from '../../bot/src/domain/people';
import { NominationInput, Programme } from '../../bot/src/domain/programme';
import {
  MidwayRecord,
  StartupPart1Record,
  StartupPart2Record,
  TransitionRecord,
} from '../../bot/src/domain/state';

export const TRAINEE: PersonRef = { id: 'trainee-tina', name: 'Tina Trainee', email: 'tina@aarhus.dk' };
export const LEADER: PersonRef = { id: 'leader-lone', name: 'Lone Leder', email: 'lone@aarhus.dk' };
export const HR: PersonRef = { id: 'hr-hanne', name: 'Hanne HR', email: 'hanne@aarhus.dk' };
export const OTHER_HR: PersonRef = { id: 'hr-henrik', name: 'Henrik HR' };
export const FOREIGN_HR: PersonRef = { id: 'hr-frida', name: 'Frida HR fra Børn og Unge' };
export const STRANGER: PersonRef = { id: 'someone-else', name: 'Sofus Udenforstående' };

export const DEPARTMENT: Department = { id: 'mso', name: 'Sundhed og Omsorg', hrConsultants: [HR, OTHER_HR] };
export const OTHER_DEPARTMENT: Department = { id: 'bu', name: 'Børn og Unge', hrConsultants: [FOREIGN_HR] };

/** A fixed day in 2025 at 09:00 UTC, so tests never depend on the clock. */
export function day(n: number): Date {
  return new Date(Date.UTC(2025, 0, 1, 9, 0, 0) + n * 24 * 60 * 60 * 1000);
}

export function nominationInput(overrides: Partial<NominationInput> = {}): NominationInput {
  return {
    id: 'programme-1',
    department: DEPARTMENT,
    trainee: TRAINEE,
    leader: LEADER,
    reason: 'Tina tager ansvar i teamet og vil gerne være leder.',
    leaderClarificationCompleted: false,
    ...overrides,
  };
}

export interface BuildOptions {
  /** True: the trainee has done lederafklaringsforløb, so there is no personality test. */
  leaderClarificationCompleted?: boolean;
}

export function nominated(options: BuildOptions & { withHr?: boolean } = {}): Programme {
  return Programme.nominate(
    nominationInput({
      leaderClarificationCompleted: options.leaderClarificationCompleted ?? false,
      hrConsultant: options.withHr === false ? undefined : HR,
    }),
    day(0),
    LEADER.id,
  );
}

export function inStartup(options: BuildOptions = {}): Programme {
  const p = nominated(options);
  p.beginStartup(day(1), HR.id);
  return p;
}

/** In start-up with the personality test taken and feedback given (when it applies). */
export function startupReady(options: BuildOptions = {}): Programme {
  const p = inStartup(options);
  if (!options.leaderClarificationCompleted) {
    p.recordPersonalityTestTaken(day(2), TRAINEE.id);
    p.recordPersonalityTestFeedback(day(3), HR.id);
  }
  return p;
}

export function part1Record(overrides: Partial<StartupPart1Record> = {}): StartupPart1Record {
  return {
    format: 'individual',
    frameIntroduced: ['purposeAndEffects', 'phases', 'buildingBlocks', 'roles'],
    personalityFeedbackGiven: true,
    periodMonths: 12,
    hoursPerWeek: 4,
    part2Date: '2025-01-20',
    ...overrides,
  };
}

export function part2Record(overrides: Partial<StartupPart2Record> = {}): StartupPart2Record {
  return {
    motivation: 'Vil gerne gøre en forskel for borgerne som leder.',
    strengths: 'Struktureret og god til at samle teamet.',
    developmentAreas: 'At give svær feedback.',
    traineeExpectations: 'Sparring hver måned.',
    leaderExpectations: 'At Tina tager ejerskab for sine praksiselementer.',
    commitments: 'Vi holder fast i opfølgningsmøderne.',
    firstGoals: [
      { text: 'Lede et teammøde', evidence: 'Teamet giver feedback efter mødet' },
      { text: 'Forstå ledelseskonteksten i Sundhed og Omsorg', evidence: 'Kan forklare LUS for sin leder' },
    ],
    ...overrides,
  };
}

export const PART1_ID = 'conv-part1';
export const PART2_ID = 'conv-part2';
export const MIDWAY_ID = 'conv-midway';
export const TRANSITION_ID = 'conv-transition';
export const GOAL_1 = `${PART2_ID}-goal-1`;
export const GOAL_2 = `${PART2_ID}-goal-2`;
export const ASPIRANT_BLOCK = `${PART2_ID}-lederaspirant`;

export function part1Booked(options: BuildOptions = {}): Programme {
  const p = startupReady(options);
  p.book('startupPart1', PART1_ID, day(10), 90, day(4), HR.id);
  return p;
}

export function part1Held(options: BuildOptions = {}): Programme {
  const p = part1Booked(options);
  p.markHeld(PART1_ID, day(10), HR.id);
  return p;
}

export function part1Documented(options: BuildOptions = {}): Programme {
  const p = part1Held(options);
  const record = part1Record(options.leaderClarificationCompleted ? { personalityFeedbackGiven: undefined } : {});
  p.document(PART1_ID, { kind: 'startupPart1', data: record }, day(10), HR.id);
  return p;
}

export function part2Held(options: BuildOptions = {}): Programme {
  const p = part1Documented(options);
  p.book('startupPart2', PART2_ID, day(19), 120, day(11), LEADER.id);
  p.markHeld(PART2_ID, day(19), LEADER.id);
  return p;
}

/** Part 2 documented: learning agreement v1 is a draft with two goals and the lederaspirantforløb. */
export function agreementDrafted(options: BuildOptions = {}): Programme {
  const p = part2Held(options);
  p.document(PART2_ID, { kind: 'startupPart2', data: part2Record() }, day(19), LEADER.id);
  return p;
}

/** v1 has a practice element too, and both have accepted. */
export function agreementAccepted(options: BuildOptions = {}): Programme {
  const p = agreementDrafted(options);
  p.addBuildingBlock(
    {
      id: 'block-follow',
      kind: 'practiceElement',
      title: 'Følg lederen',
      description: 'Deltager i lederens møder',
      goalIds: [GOAL_1],
      period: { from: '2025-02-01', to: '2025-04-30' },
      practice: { type: 'task', form: 'followTheLeader', reach: 'local', scope: '2 timer om ugen', complexity: 1 },
    },
    day(20),
    TRAINEE.id,
  );
  p.acceptAgreement(day(21), TRAINEE.id);
  p.acceptAgreement(day(21), LEADER.id);
  return p;
}

export function inDevelopment(options: BuildOptions = {}): Programme {
  const p = agreementAccepted(options);
  p.beginDevelopment(day(22), LEADER.id);
  return p;
}

export function midwayRecord(overrides: Partial<MidwayRecord> = {}): MidwayRecord {
  return {
    goalStatuses: [
      { goalId: GOAL_1, status: 'onTrack', comment: 'Har ledet to møder.' },
      { goalId: GOAL_2, status: 'behind', comment: '' },
    ],
    whatWorks: 'Sparringen med lederen.',
    whatToAdjust: 'Mere tid til praksiselementerne.',
    network: 'Har mødt de andre trainees på lederaspirantforløbet.',
    reviseAgreement: false,
    ...overrides,
  };
}

export function midwayHeld(options: BuildOptions = {}): Programme {
  const p = inDevelopment(options);
  p.book('midway', MIDWAY_ID, day(180), 60, day(170), HR.id);
  p.markHeld(MIDWAY_ID, day(180), HR.id);
  return p;
}

export function midwayDocumented(options: BuildOptions = {}): Programme {
  const p = midwayHeld(options);
  p.document(MIDWAY_ID, { kind: 'midway', data: midwayRecord() }, day(180), HR.id);
  return p;
}

export function inCompletion(options: BuildOptions = {}): Programme {
  const p = midwayDocumented(options);
  p.beginCompletion(day(330), LEADER.id);
  return p;
}

export function transitionRecord(overrides: Partial<TransitionRecord> = {}): TransitionRecord {
  return {
    goalResults: [
      { goalId: GOAL_1, effect: 'Leder teammøder selvstændigt.', result: 'Nået' },
      { goalId: GOAL_2, effect: 'Kender LUS og budgetprocessen.', result: 'Nået' },
    ],
    learning: 'At ledelse er at skabe retning sammen med andre.',
    nextStep: 'Søge stillingen som afdelingsleder i foråret.',
    readiness: 'leaderReady',
    traineeFeedback: 'Flere fælles samlinger på tværs.',
    leaderFeedback: 'Skabelonerne hjalp os.',
    ...overrides,
  };
}

export function transitionHeld(options: BuildOptions = {}): Programme {
  const p = inCompletion(options);
  p.book('transition', TRANSITION_ID, day(350), 90, day(331), HR.id);
  p.markHeld(TRANSITION_ID, day(350), HR.id);
  return p;
}

export function closed(options: BuildOptions = {}): Programme {
  const p = transitionHeld(options);
  p.document(TRANSITION_ID, { kind: 'transition', data: transitionRecord() }, day(350), HR.id);
  return p;
}

// ---------------------------------------------------------------- assertions

type ErrorClass = abstract new (...args: never[]) => DomainError;

/** Asserts the error type and code, and that the user gets a Danish and an English text. */
export function expectError(
  action: () => unknown,
  type: ErrorClass,
  code: string,
  field?: string,
): DomainError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(type);
  const error = caught as DomainError;
  expect(error.code).toBe(code);
  expectBothLanguages(error.text);
  if (field !== undefined) expect((error as DomainError & { field?: string }).field).toBe(field);
  return error;
}

/**
 * Asserts that the call is refused with the given error type and code, that the user gets a
 * Danish and an English text, and that the programme is unchanged afterwards.
 */
export function expectRefused(
  programme: Programme,
  action: (p: Programme) => unknown,
  type: ErrorClass,
  code: string,
  field?: string,
): DomainError {
  const before = programme.toState();
  const error = expectError(() => action(programme), type, code, field);
  expect(programme.toState()).toEqual(before);
  return error;
}

export function expectBothLanguages(text: { da: string; en: string }): void {
  expect(text.da.trim().length).toBeGreaterThan(10);
  expect(text.en.trim().length).toBeGreaterThan(10);
  expect(text.da).not.toEqual(text.en);
}
