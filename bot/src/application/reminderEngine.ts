/**
 * The reminder engine: runs inside the server, every few minutes, and sends each due reminder
 * (domain/reminders.ts) once to each person it is for, through the bot's proactive messages.
 *
 * Once, across server instances, restarts and crashes:
 * - **Lease.** A run starts only for the holder of the `reminders` lease (Table Storage, changed over
 *   its ETag). The holder renews it at every run and during a long run; it expires `leaseTtlMs` after
 *   the last renewal, so when an instance dies, another takes over within that time. A holder that
 *   finds it has lost the lease stops its run.
 * - **Idempotency key.** Before sending a reminder to a person, the engine writes its record
 *   (reminder key + person) as `pending`, create-if-absent: when it exists (409), someone claimed it
 *   before, and it is not sent again. After the send, the record says how it ended: `sent`,
 *   `unreachable` (no conversation, or Teams refused it: 403/404) or `failed`.
 * - **At least once in the crash window, never twice otherwise.** A `failed` record is claimed again
 *   on the next run (over its ETag), up to `maxAttempts` in all, then `gaveUp`. A record left `pending`
 *   (the instance crashed between claiming and recording the outcome) is claimed again once it is
 *   older than `pendingTimeoutMs` (longer than any send with its retries takes): the reminder is then
 *   delivered even though its first sender died. Only an instance that dies after Teams took the
 *   message and before the record says `sent` (a few milliseconds) makes a second copy; we prefer
 *   that to a reminder that silently never arrives.
 * The lease keeps two instances from doing the same work at once; the keys alone already keep every
 * reminder to one copy, also when two instances run at the same moment (a lease that expired mid-run).
 */
import { DepartmentRepository, PersonDirectory, ProgrammeRepository } from '../domain/ports';
import { PersonId } from '../domain/people';
import { DueReminder, dueReminders, WorkingCalendar } from '../domain/reminders';
import { languageOfPerson } from './language';
import { Clock, Delivery, Lease, Logger, NoticeDelivery, ReminderNotice, ReminderRecord, SentReminders } from './ports';

export interface ReminderEngineOptions {
  /** How long the lease lasts after each renewal (default 2 minutes). */
  leaseTtlMs: number;
  /** A `pending` record older than this is taken to be from a crashed run and sent again (default 2 × leaseTtlMs). */
  pendingTimeoutMs: number;
  /** Tries per reminder and person before giving up (default 5). */
  maxAttempts: number;
}

export const DEFAULT_REMINDER_ENGINE_OPTIONS: ReminderEngineOptions = { leaseTtlMs: 120_000, pendingTimeoutMs: 240_000, maxAttempts: 5 };

export interface ReminderEngineDeps {
  programmes: Pick<ProgrammeRepository, 'listForDepartment'>;
  departments: Pick<DepartmentRepository, 'list'>;
  people: Pick<PersonDirectory, 'find'>;
  lease: Lease;
  sentReminders: SentReminders;
  delivery: NoticeDelivery;
  calendar: WorkingCalendar;
  clock: Clock;
  logger: Logger;
  /** This instance, as the lease names its holder (unique per process). */
  holder: string;
  /**
   * Cards due at this time (the template card of a conversation at its booked time), sent by the
   * lease holder after the reminders of each run; it keeps its own once-only records.
   */
  dueCards?: (now: Date) => Promise<number>;
  options?: Partial<ReminderEngineOptions>;
}

/** What one run did; `ran` is false when another instance holds the lease (or the engine stops). */
export interface ReminderRun {
  ran: boolean;
  /** Reminder-person pairs due now. */
  due: number;
  sent: number;
  /** Already sent, or being sent by someone else. */
  skipped: number;
  unreachable: number;
  failed: number;
}

export interface ReminderEngine {
  /** One run at the clock's time: reminders due now go out once. Never rejects (failures are logged). */
  runOnce(): Promise<ReminderRun>;
  /** Runs now and then every `intervalMs` until stop(). */
  start(intervalMs: number): void;
  /** No new run; waits for the one in flight (at most `waitMs`, default 10 s) and gives the lease up. */
  stop(waitMs?: number): Promise<void>;
}

export function createReminderEngine(deps: ReminderEngineDeps): ReminderEngine {
  const options = { ...DEFAULT_REMINDER_ENGINE_OPTIONS, ...deps.options };
  if (deps.options?.leaseTtlMs !== undefined && deps.options.pendingTimeoutMs === undefined) options.pendingTimeoutMs = 2 * options.leaseTtlMs;
  let stopping = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<ReminderRun> | undefined;

  const idle = (): ReminderRun => ({ ran: false, due: 0, sent: 0, skipped: 0, unreachable: 0, failed: 0 });

  async function run(): Promise<ReminderRun> {
    const report = idle();
    const now = deps.clock.now();
    if (stopping || !(await deps.lease.acquire(deps.holder, now, options.leaseTtlMs))) return report;
    report.ran = true;
    let renewedAt = now.getTime();

    for (const reminder of await allDue(now)) {
      for (const to of reminder.to) {
        if (stopping) return report;
        // Renew the lease well before it runs out; a holder that lost it stops.
        const at = deps.clock.now();
        if (at.getTime() - renewedAt > options.leaseTtlMs / 3) {
          if (!(await deps.lease.acquire(deps.holder, at, options.leaseTtlMs))) {
            deps.logger.warn({ holder: deps.holder }, 'Reminder engine lost its lease mid-run; stopping this run');
            return report;
          }
          renewedAt = at.getTime();
        }
        report.due += 1;
        try {
          const outcome = await sendOnce(reminder, to);
          report[outcome] += 1;
        } catch (error) {
          // Storage failed around this one: its record (if any) stays pending and is retried after the timeout.
          report.failed += 1;
          deps.logger.error({ err: error, key: reminder.key, to }, 'A reminder could not be handled');
        }
      }
    }
    if (report.sent + report.failed + report.unreachable > 0) deps.logger.info({ ...report }, 'Reminders sent');
    if (deps.dueCards && !stopping) {
      const cards = await deps.dueCards(now).catch((error: unknown) => {
        deps.logger.error({ err: error }, 'Cards due now could not be sent');
        return 0;
      });
      if (cards > 0) deps.logger.info({ cards }, "Conversations' cards sent");
    }
    return report;
  }

  /** Every reminder due now, over every department's programmes (a municipality has some hundred). */
  async function allDue(now: Date): Promise<DueReminder[]> {
    const due: DueReminder[] = [];
    const seen = new Set<string>();
    for (const department of await deps.departments.list()) {
      const departmentHrIds = department.hrConsultants.map((hr) => hr.id);
      for (const programme of await deps.programmes.listForDepartment(department.id)) {
        if (seen.has(programme.id)) continue;
        seen.add(programme.id);
        due.push(...dueReminders(programme.toState(), now, { calendar: deps.calendar, departmentHrIds }));
      }
    }
    return due;
  }

  /** Claims the reminder for the person, sends it, records how it went. */
  async function sendOnce(reminder: DueReminder, to: PersonId): Promise<'sent' | 'skipped' | 'unreachable' | 'failed'> {
    const claimedAt = deps.clock.now();
    let attempt = 1;
    if (!(await deps.sentReminders.claim(reminder.key, to, claimedAt))) {
      const record = await deps.sentReminders.find(reminder.key, to);
      if (!record || !worthAnotherTry(record, claimedAt)) return 'skipped';
      if (record.attempts >= options.maxAttempts) {
        await deps.sentReminders.settle(reminder.key, to, 'gaveUp', claimedAt);
        deps.logger.error({ key: reminder.key, to, attempts: record.attempts }, 'Gave up on a reminder after repeated failures');
        return 'skipped';
      }
      if (!(await deps.sentReminders.reclaim(reminder.key, to, record, claimedAt))) return 'skipped';
      attempt = record.attempts + 1;
    }
    const person = await deps.people.find(to).catch(() => undefined);
    const notice: ReminderNotice = { kind: 'reminder', reminder: reminder.kind, programmeId: reminder.programmeId, ...reminder.data };
    const delivery: Delivery = await deps.delivery.deliver(to, languageOfPerson(person), notice);
    const settled = delivery === 'delivered' ? 'sent' : delivery === 'unreachable' ? 'unreachable' : attempt >= options.maxAttempts ? 'gaveUp' : 'failed';
    await deps.sentReminders.settle(reminder.key, to, settled, deps.clock.now());
    return delivery === 'delivered' ? 'sent' : delivery === 'unreachable' ? 'unreachable' : 'failed';
  }

  function worthAnotherTry(record: ReminderRecord, now: Date): boolean {
    if (record.state === 'failed') return true;
    return record.state === 'pending' && now.getTime() - Date.parse(record.claimedAt) >= options.pendingTimeoutMs;
  }

  async function runOnce(): Promise<ReminderRun> {
    // One run at a time in this process: a second caller shares the run in flight.
    if (inFlight) return inFlight;
    inFlight = run()
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, 'Reminder run failed; the next run tries again');
        return idle();
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  return {
    runOnce,
    start(intervalMs: number) {
      stopping = false;
      const tick = async () => {
        await runOnce();
        if (!stopping) {
          timer = setTimeout(() => void tick(), intervalMs);
          timer.unref?.();
        }
      };
      timer = setTimeout(() => void tick(), 0);
      timer.unref?.();
    },
    async stop(waitMs = 10_000) {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (inFlight) {
        let waited: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([inFlight, new Promise<void>((resolve) => (waited = setTimeout(resolve, waitMs)))]);
        if (waited) clearTimeout(waited);
      }
      await deps.lease.release(deps.holder).catch((error: unknown) => deps.logger.warn({ err: error }, 'Could not give up the reminder lease'));
    },
  };
}
