/**
 * The built-in calendar: proposes working-day slots, writes .ics invitations and signs their
 * download links. Pure functions; app.ts wires them behind the application's scheduler port.
 */
export * from './workingSlots';
export * from './calendarFile';
export * from './calendarLinks';
export { createBuiltInScheduler } from './builtInScheduler';
export type { BuiltInSchedulerOptions } from './builtInScheduler';
