/**
 * How each notice the application sends looks to the person who gets it: a short text or a card,
 * in their language. One entry per notice kind.
 */
import { Activity, CardFactory, MessageFactory } from 'botbuilder';
import { Notice } from '../application/ports';
import { Language } from '../cards';
import { inLanguage } from '../domain/localizedText';
import { BOT_MESSAGE_TEXTS } from './botMessageTexts';
import { reminderText } from './reminderText';
import { nominationNoticeMessage } from './nominationNotices';
import { bookingNoticeMessage } from './bookingNotices';
import { takeOffNoticeMessage } from './takeOffNotices';

export function noticeMessage(notice: Notice, language: Language): Partial<Activity> {
  switch (notice.kind) {
    case 'reminder':
      return { type: 'message', text: reminderText(notice, language) };
    case 'nominationToDecide':
    case 'nominationAccepted':
    case 'nominationQuestion':
    case 'nominationDeclined':
    case 'welcomeToProgramme':
      return nominationNoticeMessage(notice, language);
    case 'conversationBooked':
    case 'conversationRescheduled':
    case 'conversationCancelled':
      return bookingNoticeMessage(notice, language);
    case 'takeOffInvitation':
      return takeOffNoticeMessage(notice, language);
    case 'programmeCard':
      return { ...MessageFactory.attachment(CardFactory.adaptiveCard(notice.card)), ...(notice.summary ? { summary: notice.summary } : {}) };
    case 'personalityTestTaken':
    case 'personalityFeedbackGiven':
      return { type: 'message', text: inLanguage(BOT_MESSAGE_TEXTS, language).notices[notice.kind]({ trainee: notice.traineeName }) };
  }
}
