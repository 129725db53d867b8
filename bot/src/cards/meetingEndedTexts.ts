/**
 * The texts of the card a conversation's Teams meeting chat gets when the meeting ends
 * (meetingEnded.json): the conversation is afholdt and should be documented, or why it is not.
 */
import { LocalizedText } from '../domain/localizedText';
import { CONVERSATION_TEXTS } from './conversationTexts';

export const MEETING_ENDED_TEXTS = {
  title: ({ kind, trainee }: { kind: LocalizedText; trainee: string }): LocalizedText => ({
    da: `${kind.da} – ${trainee}`,
    en: `${kind.en} – ${trainee}`,
  }),
  held: {
    da: 'Mødet er slut, og samtalen er markeret som afholdt. Husk at dokumentere den i skabelonen.',
    en: 'The meeting has ended and the conversation is marked as held. Remember to document it in the template.',
  },
  refused: {
    da: 'Mødet er slut, men samtalen er ikke markeret som afholdt:',
    en: 'The meeting has ended, but the conversation is not marked as held:',
  },
  openTemplate: CONVERSATION_TEXTS.openTemplate,
};
