/**
 * What booking needs besides the domain: how long each kind of conversation lasts, who is busy
 * when (every participant's booked conversations in all their programmes), which kind a programme
 * calls for, and the time cells a booking reserves per person.
 */
import { KIND_ROLES } from '../../domain/conversationKinds';
import { nextToBook } from '../../domain/agenda';
import { personWithRole } from '../../domain/access';
import { PersonId, PersonRef } from '../../domain/people';
import { ProgrammeRepository } from '../../domain/ports';
import { Programme } from '../../domain/programme';
import { ConversationKind } from '../../domain/state';
import { TimeSpan } from '../ports';

/** Length of each kind of conversation, in minutes. */
export const BOOKING_DURATION_MINUTES: Readonly<Record<ConversationKind, number>> = {
  startupPart1: 90,
  startupPart2: 90,
  followUp: 60,
  midway: 90,
  transition: 90,
};

/** The bot proposes at least this many times. */
export const PROPOSAL_COUNT = 3;

/** Reservation cells: a quarter-hour grid, and a booking holds its cells to 15 minutes past its end. */
export const CELL_MINUTES = 15;
export const CELL_TAIL_MINUTES = 15;
const MINUTE_MS = 60_000;

/** The people a conversation of this kind has in this programme. */
export function participantsOf(programme: Programme, kind: ConversationKind): PersonRef[] {
  const state = programme.toState();
  return KIND_ROLES[kind].flatMap((role) => {
    const person = personWithRole(state, role);
    return person ? [person] : [];
  });
}

/**
 * When these people are busy: every booked conversation any of them takes part in, in any
 * programme, except the one being moved. Read fresh from storage for every proposal and booking.
 */
export async function busyOf(programmes: ProgrammeRepository, personIds: readonly PersonId[], except?: { programmeId: string; conversationId: string }): Promise<TimeSpan[]> {
  const lists = await Promise.all(personIds.map((id) => programmes.listForPerson(id)));
  const seen = new Set<string>();
  const busy: TimeSpan[] = [];
  for (const programme of lists.flat()) {
    for (const c of programme.conversations()) {
      const key = `${programme.id}\u0000${c.id}`;
      if (seen.has(key) || c.status !== 'booked' || !c.participants.some((p) => personIds.includes(p))) continue;
      if (except && except.programmeId === programme.id && except.conversationId === c.id) continue;
      seen.add(key);
      const start = new Date(c.scheduledAt);
      busy.push({ start, end: new Date(start.getTime() + c.durationMinutes * MINUTE_MS) });
    }
  }
  return busy;
}

/**
 * The kind to book when the person did not say: what the phase calls for next, else (in the
 * development part) a follow-up meeting.
 */
export function defaultKind(programme: Programme): ConversationKind | undefined {
  const state = programme.toState();
  return nextToBook(state) ?? (state.phase === 'development' ? 'followUp' : undefined);
}

/**
 * Whether `actorId` may book a conversation of `kind` in the programme now: the domain's own rules
 * (role, phase, one-off, part 1 held before part 2), run on a copy that is thrown away. Throws the
 * domain's error when not.
 */
export function assertCanBook(programme: Programme, kind: ConversationKind, actorId: PersonId, now: Date): void {
  const copy = Programme.fromState(programme.toState());
  copy.book(kind, 'proposal-check', new Date(now.getTime() + 24 * 60 * MINUTE_MS), BOOKING_DURATION_MINUTES[kind], now, actorId);
}

/**
 * The quarter-hour cells a conversation holds per participant: from its start (rounded down) to
 * 15 minutes after its end (rounded up). Two conversations closer than 15 minutes — what the
 * scheduler refuses — always share a cell, so the reservation can never let through what the
 * slot check would refuse.
 */
export function reservationCells(start: Date, durationMinutes: number): string[] {
  const cell = CELL_MINUTES * MINUTE_MS;
  const from = Math.floor(start.getTime() / cell) * cell;
  const to = Math.ceil((start.getTime() + (durationMinutes + CELL_TAIL_MINUTES) * MINUTE_MS) / cell) * cell;
  const cells: string[] = [];
  for (let t = from; t < to; t += cell) cells.push(new Date(t).toISOString());
  return cells;
}
