/**
 * Trainee or leader writes the referat af opfølgningsmødet on a booked follow-up meeting's card:
 * what was learned, experiences, next actions and complexity step, and the nearest leader's feedback
 * and sparring and supervision on each practice element (the seed's action learning). It is added
 * to the programme's follow-up log, and the meeting is documented.
 */
import { ruleViolation } from '../../domain/messages';
import { ChangeDeps } from '../changeProgramme';
import { ConversationCardView } from './conversationCardView';
import { documentConversation } from './documentConversation';
import { ConversationAnswersRequest } from './saveConversationDraft';

export async function recordFollowUp(deps: ChangeDeps, request: ConversationAnswersRequest): Promise<ConversationCardView> {
  const { programme } = await deps.programmes.load(request.programmeId);
  const kind = programme.conversations().find((c) => c.id === request.conversationId)?.kind;
  if (kind !== undefined && kind !== 'followUp') throw ruleViolation('conversationNotFollowUp');
  return documentConversation(deps, request, 'followUp.recorded');
}
