// Programme states for tests, written directly against the state contract (bot/src/domain/state.ts),
// so storage tests do not depend on how the domain builds them.
import { randomUUID } from 'node:crypto';
import type { PersonRef } from '../../bot/src/domain/people';
import type {
  AgreementState,
  ConversationState,
  FollowUpEntryState,
  ProgrammeState,
} from '../../bot/src/domain/state';

export function person(name: string, id: string = randomUUID()): PersonRef {
  return { id, name, email: `${name.toLowerCase().replace(/[^a-z]/g, '.')}@aarhus.dk` };
}

/** A programme just nominated: no agreement, no conversations yet. */
export function nominatedProgramme(overrides: Partial<ProgrammeState> = {}): ProgrammeState {
  const leader = overrides.leader ?? person('Lone Leder');
  return {
    id: randomUUID(),
    departmentId: 'mso',
    trainee: person('Tina Trainee'),
    leader,
    phase: 'nomination',
    phaseHistory: [{ phase: 'nomination', enteredAt: '2025-01-06T09:00:00.000Z' }],
    nominated: { at: '2025-01-06T09:00:00.000Z', by: leader.id },
    nominationReason: 'Tina tager ansvar i teamet og vil gerne være leder.',
    leaderClarificationCompleted: false,
    personalityTest: {},
    agreements: [],
    conversations: [],
    followUps: [],
    ...overrides,
  };
}

export function agreement(version: number, overrides: Partial<AgreementState> = {}): AgreementState {
  return {
    version,
    status: 'accepted',
    created: { at: '2025-02-03T10:00:00.000Z', by: 'leader' },
    revisionReason: version === 1 ? '' : 'Justeret efter midtvejssamtalen',
    periodStart: '2025-02-01',
    periodMonths: 12,
    followUpCadenceWeeks: 4,
    goals: [
      { id: 'g1', text: 'Lede et møde med teamet', evidence: 'Teamet giver feedback efter mødet' },
      { id: 'g2', text: 'Forstå ledelseskonteksten i Sundhed og Omsorg', evidence: 'Kan forklare LUS for sin leder' },
    ],
    blocks: [
      {
        id: 'b1',
        kind: 'leaderAspirantCourse',
        title: 'Lederaspirantforløb',
        description: 'Kommunens forløb for lederaspiranter',
        goalIds: ['g2'],
        period: { from: '2025-03-01', to: '2025-06-30' },
        status: 'inProgress',
      },
      {
        id: 'b2',
        kind: 'practiceElement',
        title: 'Følg lederen',
        description: 'Deltager i lederens møder',
        goalIds: ['g1'],
        period: { from: '2025-03-01' },
        practice: { form: 'followTheLeader', reach: 'local', scope: '2 timer om ugen i 3 måneder', complexity: 1 },
        status: 'planned',
      },
    ],
    acceptedByTrainee: { at: '2025-02-05T08:00:00.000Z', by: 'trainee' },
    acceptedByLeader: { at: '2025-02-05T09:00:00.000Z', by: 'leader' },
    ...overrides,
  };
}

export function conversation(overrides: Partial<ConversationState> = {}): ConversationState {
  return {
    id: randomUUID(),
    kind: 'followUp',
    status: 'booked',
    scheduledAt: '2025-03-10T08:00:00.000Z',
    durationMinutes: 60,
    participants: ['trainee', 'leader'],
    booked: { at: '2025-03-01T08:00:00.000Z', by: 'leader' },
    ...overrides,
  };
}

export function followUp(overrides: Partial<FollowUpEntryState> = {}): FollowUpEntryState {
  return {
    id: randomUUID(),
    recorded: { at: '2025-03-10T09:00:00.000Z', by: 'trainee' },
    blocksDiscussed: ['b2'],
    learned: 'At forberede en dagsorden',
    experiences: 'Mødet gik godt',
    leaderFeedback: 'Godt styret',
    nextActions: 'Lede næste personalemøde',
    nextComplexityStep: 'Et tværgående møde',
    ...overrides,
  };
}

/** A closed programme with every kind of row: agreements, each interview, follow-ups, take-off, outcome. */
export function completedProgramme(overrides: Partial<ProgrammeState> = {}): ProgrammeState {
  const trainee = person('Tina Trainee');
  const leader = person('Lone Leder');
  const hr = person('Hanne HR');
  const people = [trainee.id, leader.id, hr.id];
  const followUpMeeting = conversation({ kind: 'followUp', status: 'documented', participants: [trainee.id, leader.id] });
  return nominatedProgramme({
    trainee,
    leader,
    hrConsultant: hr,
    phase: 'completion',
    phaseHistory: [
      { phase: 'nomination', enteredAt: '2025-01-06T09:00:00.000Z' },
      { phase: 'startup', enteredAt: '2025-01-10T09:00:00.000Z' },
      { phase: 'development', enteredAt: '2025-02-05T09:00:00.000Z' },
      { phase: 'completion', enteredAt: '2025-12-01T09:00:00.000Z' },
    ],
    nominated: { at: '2025-01-06T09:00:00.000Z', by: leader.id },
    personalityTest: {
      taken: { at: '2025-01-15T09:00:00.000Z', by: trainee.id },
      feedbackGiven: { at: '2025-01-20T09:00:00.000Z', by: hr.id },
    },
    agreements: [
      agreement(1, { status: 'superseded' }),
      agreement(2, { acknowledgedByHr: { at: '2025-07-01T09:00:00.000Z', by: hr.id } }),
    ],
    conversations: [
      conversation({
        kind: 'startupPart1',
        status: 'documented',
        participants: people,
        record: {
          kind: 'startupPart1',
          data: {
            format: 'individual',
            frameIntroduced: ['purposeAndEffects', 'phases', 'roles'],
            personalityFeedbackGiven: true,
            periodMonths: 12,
            hoursPerWeek: 4,
            part2Date: '2025-02-03',
          },
        },
      }),
      conversation({
        kind: 'startupPart2',
        status: 'documented',
        participants: [trainee.id, leader.id],
        record: {
          kind: 'startupPart2',
          data: {
            motivation: 'Vil skabe rammer for andre',
            strengths: 'Struktur',
            developmentAreas: 'Svære samtaler',
            traineeExpectations: 'Sparring hver måned',
            leaderExpectations: 'Tager initiativ',
            commitments: 'Vi holder møderne',
            firstGoals: [{ text: 'Lede et møde', evidence: 'Feedback' }],
          },
        },
      }),
      followUpMeeting,
      conversation({
        kind: 'midway',
        status: 'documented',
        participants: people,
        record: {
          kind: 'midway',
          data: {
            goalStatuses: [{ goalId: 'g1', status: 'onTrack', comment: 'Godt på vej' }],
            whatWorks: 'Følg lederen',
            whatToAdjust: 'Mere tværgående',
            network: 'Netværk i MSO',
            reviseAgreement: true,
          },
        },
      }),
      conversation({
        kind: 'transition',
        status: 'documented',
        participants: people,
        record: {
          kind: 'transition',
          data: {
            goalResults: [{ goalId: 'g1', effect: 'Leder møder trygt', result: 'Nået' }],
            learning: 'Ledelse er relationer',
            nextStep: 'Søge teamlederstilling',
            readiness: 'leaderReady',
            traineeFeedback: 'Et godt forløb',
            leaderFeedback: 'Stor udvikling',
          },
        },
      }),
      conversation({
        kind: 'followUp',
        status: 'cancelled',
        cancelled: { at: '2025-04-01T09:00:00.000Z', by: leader.id, reason: 'Sygdom' },
      }),
    ],
    followUps: [followUp({ conversationId: followUpMeeting.id }), followUp({ learned: 'At give feedback' })],
    takeOff: {
      registered: { at: '2025-12-05T09:00:00.000Z', by: trainee.id },
      needsNow: 'En mentor',
      wantsApplicationGuidance: true,
      joinNetwork: true,
    },
    outcome: { readiness: 'leaderReady', closedAt: '2025-12-15T09:00:00.000Z' },
    ...overrides,
  });
}
