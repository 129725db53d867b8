/** The buttons of the personality-test gate: "I have taken the test" and "Feedback given". */
import { PersonalityTestStep } from '../application/personalityTest';
import { UseCases } from '../application/useCases';
import { CARD_VERBS } from '../cards';
import { inLanguage } from '../domain/localizedText';
import { invalid } from '../domain/messages';
import { BOT_MESSAGE_TEXTS } from './botMessageTexts';
import { CardActionDefinition } from './cardActions';

export function personalityTestActions(useCases: Pick<UseCases, 'recordPersonalityTestStep'>): CardActionDefinition[] {
  const action = (verb: string, step: PersonalityTestStep): CardActionDefinition => ({
    verb,
    async run({ context, language, person, data }) {
      const programmeId = data.programmeId;
      if (typeof programmeId !== 'string' || programmeId === '') throw invalid('required', 'id');
      await useCases.recordPersonalityTestStep({ actorId: person.personId, programmeId, step });
      const texts = inLanguage(BOT_MESSAGE_TEXTS, language).personalityTest;
      await context.sendActivity(step === 'taken' ? texts.takenRecorded : texts.feedbackRecorded);
    },
  });
  return [action(CARD_VERBS.personalityTestTaken, 'taken'), action(CARD_VERBS.personalityFeedbackGiven, 'feedbackGiven')];
}
