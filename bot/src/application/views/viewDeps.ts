/**
 * What the tab's read models need: the repositories, the clock, the scheduler (calendar links),
 * the working-day calendar (what is overdue counts from working mornings, like the reminders) and
 * the cohort summaries.
 */
import { DepartmentRepository, PersonDirectory, ProgrammeRepository } from '../../domain/ports';
import { WorkingCalendar } from '../../domain/reminders';
import { Clock, ProgrammeSummaries, Scheduler } from '../ports';

export interface ViewDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
  departments: DepartmentRepository;
  clock: Clock;
  scheduler: Scheduler;
  workingCalendar?: WorkingCalendar;
  programmeSummaries?: ProgrammeSummaries;
}

export function workingCalendarOf(deps: ViewDeps): WorkingCalendar {
  if (!deps.workingCalendar) throw new Error('The tab views need the working-day calendar (UseCaseDeps.workingCalendar).');
  return deps.workingCalendar;
}

export function summariesOf(deps: ViewDeps): ProgrammeSummaries {
  if (!deps.programmeSummaries) throw new Error('The cohort views need the programme summaries (UseCaseDeps.programmeSummaries).');
  return deps.programmeSummaries;
}
