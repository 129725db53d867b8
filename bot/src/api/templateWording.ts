/** How the conversation cards word their fields, in both languages, for the tab's view of a template. */
import type { TemplateWording } from '../application/views/conversationTemplate';
import { choiceLabel, CONVERSATION_TEXTS, questionFor } from '../cards/conversationTexts';

export const cardWording: TemplateWording = {
  question: (field, row) => ({ da: questionFor(field.key, field.label, 'da', row), en: questionFor(field.key, field.label, 'en', row) }),
  choice: (value) => ({ da: choiceLabel(value, 'da'), en: choiceLabel(value, 'en') }),
  yes: CONVERSATION_TEXTS.yes,
  no: CONVERSATION_TEXTS.no,
};
