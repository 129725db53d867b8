/**
 * How each notice the application sends looks to the person who gets it: a short text or a card,
 * in their language. One entry per notice kind.
 */
import { Activity } from 'botbuilder';
import { Notice } from '../application/ports';
import { Language, textsFor } from '../cards';

export function noticeMessage(notice: Notice, language: Language): Partial<Activity> {
  switch (notice.kind) {
    case 'personalityTestTaken':
    case 'personalityFeedbackGiven':
      return { type: 'message', text: textsFor(language).notices[notice.kind].replace('{trainee}', notice.traineeName) };
  }
}
