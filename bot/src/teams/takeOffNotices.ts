/** How take-off's notices look: the trainee's invitation card with the registration form. */
import { Activity } from 'botbuilder';
import { Notice } from '../application/ports';
import { Language, renderTakeOffInvitationCard } from '../cards';
import { cardMessage } from './replies';

export type TakeOffNotice = Extract<Notice, { kind: 'takeOffInvitation' }>;

export function takeOffNoticeMessage(notice: TakeOffNotice, language: Language): Partial<Activity> {
  return cardMessage(renderTakeOffInvitationCard({ language, traineeName: notice.traineeName, event: notice.event }));
}
