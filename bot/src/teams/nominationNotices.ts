/** How the nomination's notices look: the HR decision card, the leader's question card and outcome texts, the trainee's welcome card. */
import { Activity } from 'botbuilder';
import { Notice } from '../application/ports';
import {
  Language,
  NOMINATION_TEXTS,
  renderNominationDecisionCard,
  renderNominationQuestionCard,
  renderProgrammeWelcomeCard,
} from '../cards';
import { inLanguage } from '../domain/localizedText';
import { cardMessage } from './replies';

export type NominationNotice = Extract<
  Notice,
  { kind: 'nominationToDecide' | 'nominationAccepted' | 'nominationQuestion' | 'nominationDeclined' | 'welcomeToProgramme' }
>;

export function nominationNoticeMessage(notice: NominationNotice, language: Language): Partial<Activity> {
  const texts = inLanguage(NOMINATION_TEXTS, language);
  switch (notice.kind) {
    case 'nominationToDecide':
      return cardMessage(renderNominationDecisionCard({ language, nomination: notice.nomination }));
    case 'nominationQuestion':
      return cardMessage(renderNominationQuestionCard({ language, ...notice }));
    case 'welcomeToProgramme':
      return cardMessage(renderProgrammeWelcomeCard({ language, ...notice }));
    case 'nominationAccepted':
      return { type: 'message', text: texts.notices.accepted({ trainee: notice.traineeName, hr: notice.hrName }) };
    case 'nominationDeclined':
      return { type: 'message', text: texts.notices.declined({ trainee: notice.traineeName, hr: notice.hrName, reason: notice.reason }) };
  }
}
