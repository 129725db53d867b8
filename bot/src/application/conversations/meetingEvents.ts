/**
 * A booked conversation's Teams meeting: when it starts, its template card goes into the meeting
 * chat; when it ends, the conversation is marked afholdt and its participants are asked to
 * document it. A meeting is known by its join URL, stored on the conversation when the meeting
 * was made (recordMeetingLink). The person whose meeting event it is must take part in the
 * conversation, so their own programmes (one index read, listForPerson) are all that is searched.
 */
import { KIND_ROLES } from '../../domain/conversationKinds';
import { DomainError } from '../../domain/errors';
import { LocalizedText } from '../../domain/localizedText';
import { PersonId } from '../../domain/people';
import { Programme } from '../../domain/programme';
import { changeProgramme, ChangeDeps } from '../changeProgramme';
import { conversationCardView, ConversationCardView } from './conversationCardView';

export interface MeetingEventRequest {
  /** The person the meeting event came from (Entra object id). */
  actorId: PersonId;
  /** The meeting's join URL as Teams reports it (possibly URL-encoded). */
  joinUrl: string;
}

/** What a meeting-end did to one conversation held in that meeting. */
export type MeetingEndOutcome =
  | { outcome: 'held'; view: ConversationCardView }
  | { outcome: 'alreadyHeld'; view: ConversationCardView }
  | { outcome: 'refused'; view: ConversationCardView; reason: LocalizedText };

/**
 * One form of a join URL for comparing: decoded as often as it was encoded (Teams sends it encoded
 * once or twice in some places), without trailing slash. Query parameters stay: they name the meeting.
 */
export function normaliseJoinUrl(url: string): string {
  let current = url.trim();
  for (let i = 0; i < 3; i += 1) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      break;
    }
    if (decoded === current) break;
    current = decoded;
  }
  return current.replace(/\/+$/, '');
}

/** The booked or held conversations of this meeting in which the person takes part (a joint start-up: one per programme). */
async function conversationsOfMeeting(deps: ChangeDeps, request: MeetingEventRequest): Promise<{ programme: Programme; conversationId: string }[]> {
  const wanted = normaliseJoinUrl(request.joinUrl);
  if (!wanted) return [];
  const mine = await deps.programmes.listForPerson(request.actorId);
  return mine.flatMap((programme) => {
    const role = programme.roleOf(request.actorId);
    if (!role || programme.isClosed) return [];
    return programme
      .conversations()
      .filter((c) => c.joinUrl !== undefined && normaliseJoinUrl(c.joinUrl) === wanted)
      .filter((c) => (c.status === 'booked' || c.status === 'held') && KIND_ROLES[c.kind].includes(role))
      .map((c) => ({ programme, conversationId: c.id }));
  });
}

/**
 * The template cards for a meeting that started: each read afresh with its version, as the
 * ledertrainee sees it (the meeting chat is shared: never HR's notes). Empty when the meeting is no
 * booked conversation of the person's.
 */
export async function meetingStarted(deps: ChangeDeps, request: MeetingEventRequest): Promise<ConversationCardView[]> {
  const found = await conversationsOfMeeting(deps, request);
  return Promise.all(
    found.map(async ({ programme, conversationId }) => {
      const loaded = await deps.programmes.load(programme.id);
      return conversationCardView(loaded.programme, loaded.version, conversationId, loaded.programme.trainee.id);
    }),
  );
}

/**
 * A meeting that ended: each of its booked conversations is marked afholdt, as done by the person
 * who ended it. What the domain refuses (part 1 before the personality-test feedback, a meeting
 * ended before the booked start) comes back with its reason; nothing of it is stored.
 */
export async function meetingEnded(deps: ChangeDeps, request: MeetingEventRequest): Promise<MeetingEndOutcome[]> {
  const found = await conversationsOfMeeting(deps, request);
  const outcomes: MeetingEndOutcome[] = [];
  for (const { programme, conversationId } of found) {
    const programmeId = programme.id;
    if (programme.conversation(conversationId).status === 'held') {
      const loaded = await deps.programmes.load(programmeId);
      outcomes.push({ outcome: 'alreadyHeld', view: conversationCardView(loaded.programme, loaded.version, conversationId, loaded.programme.trainee.id) });
      continue;
    }
    try {
      const saved = await changeProgramme(deps, { programmeId, actorId: request.actorId, action: 'conversation.held', detail: 'meeting ended' }, (p, at) =>
        p.markHeld(conversationId, at, request.actorId),
      );
      outcomes.push({ outcome: 'held', view: conversationCardView(saved.programme, saved.version, conversationId, saved.programme.trainee.id) });
    } catch (error) {
      if (!(error instanceof DomainError) || error.category === 'notFound' || error.category === 'forbidden') throw error;
      const loaded = await deps.programmes.load(programmeId);
      outcomes.push({
        outcome: 'refused',
        view: conversationCardView(loaded.programme, loaded.version, conversationId, loaded.programme.trainee.id),
        reason: { da: error.messageFor('da'), en: error.messageFor('en') },
      });
    }
  }
  return outcomes;
}

/**
 * Keeps the join URL of the meeting made for a booked conversation. Best effort: the booking
 * stands without it (its meeting events are then not recognised); returns whether it was kept.
 */
export async function recordMeetingLink(
  deps: ChangeDeps,
  request: { actorId: PersonId; programmeId: string; conversationId: string; joinUrl: string },
): Promise<boolean> {
  try {
    await changeProgramme(deps, { programmeId: request.programmeId, actorId: request.actorId, action: 'conversation.meetingLinked' }, (p, at) =>
      p.recordMeetingLink(request.conversationId, request.joinUrl, at, request.actorId),
    );
    return true;
  } catch {
    return false;
  }
}
