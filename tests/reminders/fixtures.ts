// Programmes for the reminder tests, written against the state contract with fixed times.
import type { ProgrammeState } from '../../bot/src/domain/state';
import { isWorkingDay } from '../../bot/src/scheduling/workingDays';
import { agreement, conversation, followUp, nominatedProgramme, person } from '../support/programmeFixtures';

export const calendar = { isWorkingDay };

export const trainee = person('Tina Trainee', '0a1b2c3d-0000-4000-8000-000000000001');
export const leader = person('Lone Leder', '0a1b2c3d-0000-4000-8000-000000000002');
export const hr = person('Hanne HR', '0a1b2c3d-0000-4000-8000-000000000003');
export const otherHr = person('Ole HR', '0a1b2c3d-0000-4000-8000-000000000004');

/** In the development part since 5 Feb 2025, agreement 1 Feb 2025 – 31 Jan 2026, follow-ups every 4 weeks. */
export function inDevelopment(overrides: Partial<ProgrammeState> = {}): ProgrammeState {
  return nominatedProgramme({
    id: 'p-dev',
    trainee,
    leader,
    hrConsultant: hr,
    phase: 'development',
    phaseHistory: [
      { phase: 'nomination', enteredAt: '2025-01-06T09:00:00.000Z' },
      { phase: 'startup', enteredAt: '2025-01-10T09:00:00.000Z' },
      { phase: 'development', enteredAt: '2025-02-05T09:00:00.000Z' },
    ],
    nominated: { at: '2025-01-06T09:00:00.000Z', by: leader.id },
    personalityTest: { taken: { at: '2025-01-13T09:00:00.000Z', by: trainee.id }, feedbackGiven: { at: '2025-01-15T09:00:00.000Z', by: hr.id } },
    agreements: [agreement(1)],
    ...overrides,
  });
}

export function inStartup(overrides: Partial<ProgrammeState> = {}): ProgrammeState {
  return nominatedProgramme({
    id: 'p-start',
    trainee,
    leader,
    hrConsultant: hr,
    phase: 'startup',
    phaseHistory: [
      { phase: 'nomination', enteredAt: '2025-01-06T09:00:00.000Z' },
      { phase: 'startup', enteredAt: '2025-01-10T09:00:00.000Z' },
    ],
    nominated: { at: '2025-01-06T09:00:00.000Z', by: leader.id },
    ...overrides,
  });
}

export function nominated(overrides: Partial<ProgrammeState> = {}): ProgrammeState {
  return nominatedProgramme({ id: 'p-nom', trainee, leader, ...overrides });
}

export { agreement, conversation, followUp };
