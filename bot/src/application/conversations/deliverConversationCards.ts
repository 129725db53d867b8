/**
 * The template card of a conversation reaches its participants when it is due: at the booked time
 * (the reminder engine calls deliverDueConversationCards on every run), into the programme's chat
 * when one is bound, else into each participant's personal chat (programmeChat/deliverToProgramme).
 *
 * The programme's chat holds one card for everyone: it is rendered as the ledertrainee sees it (the
 * least anyone sees; never HR's notes) and refreshes for each participant into their own view. In a
 * personal chat each participant gets their own view; someone not in this conversation (the HR
 * consultant at start-up part 2 or a follow-up meeting) only hears that it takes place.
 *
 * Once per conversation: the delivery is claimed in SentReminders (create-if-absent) first.
 */
import { KIND_ROLES } from '../../domain/conversationKinds';
import { DepartmentRepository, PersonDirectory, ProgrammeRepository } from '../../domain/ports';
import { Logger, SentReminders } from '../ports';
import { deliverToProgramme } from '../programmeChat/deliverToProgramme';
import { ProgrammeCard, ProgrammeChatDeps, ProgrammeDeliveryReport } from '../programmeChat/programmeChatTypes';
import { conversationCardView, ConversationCardView } from './conversationCardView';

/** Renders a conversation card for delivery (the edge's cards); `infoOnly`: the reader is not in the conversation. */
export type ConversationCardRenderer = (
  view: ConversationCardView,
  options: { language: 'da' | 'en'; refreshUserIds: readonly string[]; infoOnly: boolean },
) => ProgrammeCard;

export interface ConversationCardDeliveryDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
  departments: Pick<DepartmentRepository, 'list'>;
  programmeChat?: ProgrammeChatDeps;
  sentReminders?: SentReminders;
  renderConversationCard?: ConversationCardRenderer;
  logger?: Logger;
}

/** How long before its start a conversation's card goes out, and until when after its start it still does. */
export const SEND_BEFORE_MS = 10 * 60_000;

export async function deliverConversationCard(
  deps: ConversationCardDeliveryDeps,
  request: { programmeId: string; conversationId: string },
): Promise<ProgrammeDeliveryReport> {
  const { programmeChat, renderConversationCard: render } = deps;
  if (!programmeChat || !render) throw new Error('Delivering conversation cards needs the programme chat and a card renderer');
  const { programme, version } = await deps.programmes.load(request.programmeId);
  const conversation = programme.conversation(request.conversationId);
  const inConversation = new Set(KIND_ROLES[conversation.kind].map((role) => programme.participants().find((p) => p.role === role)?.person.id));
  return deliverToProgramme(
    { programmes: deps.programmes, people: deps.people, programmeChat },
    {
      programmeId: request.programmeId,
      purpose: `${conversation.kind}.card`,
      cardFor: (audience) => {
        const refreshable = audience.participants.filter((p) => inConversation.has(p.id) && p.teamsUserId).map((p) => p.teamsUserId as string);
        if (audience.kind === 'programmeChat') {
          const view = conversationCardView(programme, version, request.conversationId, programme.trainee.id);
          return render(view, { language: audience.language, refreshUserIds: refreshable, infoOnly: false });
        }
        const reader = inConversation.has(audience.viewer.id) ? audience.viewer.id : programme.trainee.id;
        const view = conversationCardView(programme, version, request.conversationId, reader);
        const own = audience.viewer.teamsUserId && reader === audience.viewer.id ? [audience.viewer.teamsUserId] : [];
        return render(view, { language: audience.language, refreshUserIds: own, infoOnly: reader !== audience.viewer.id });
      },
    },
  );
}

/**
 * Every booked conversation whose time has come (from SEND_BEFORE_MS before its start to its end)
 * gets its card delivered, once. Returns how many went out. Never rejects for one programme.
 */
export async function deliverDueConversationCards(deps: ConversationCardDeliveryDeps, now: Date): Promise<number> {
  const { sentReminders } = deps;
  if (!sentReminders) throw new Error('Delivering conversation cards when due needs the sent-reminder records');
  const seen = new Set<string>();
  let sent = 0;
  for (const department of await deps.departments.list()) {
    for (const programme of await deps.programmes.listForDepartment(department.id)) {
      if (seen.has(programme.id) || programme.isClosed) continue;
      seen.add(programme.id);
      for (const c of programme.conversations()) {
        const start = Date.parse(c.scheduledAt);
        const due = c.status === 'booked' && now.getTime() >= start - SEND_BEFORE_MS && now.getTime() < start + c.durationMinutes * 60_000;
        if (!due || !programme.conversationWritable(c.id)) continue;
        const key = `${programme.id}|conversationCard|${c.id}`;
        try {
          if (!(await sentReminders.claim(key, programme.id, now))) continue;
          await deliverConversationCard(deps, { programmeId: programme.id, conversationId: c.id });
          await sentReminders.settle(key, programme.id, 'sent', now);
          sent += 1;
        } catch (error) {
          deps.logger?.error({ err: error, programmeId: programme.id, conversationId: c.id }, "A conversation's card could not be delivered");
        }
      }
    }
  }
  return sent;
}
