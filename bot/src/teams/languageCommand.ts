/** "sprog dansk" / "language english": the language the bot writes to this person in from now on. */
import { Language } from '../cards';
import { inLanguage } from '../domain/localizedText';
import { UseCases } from '../application/useCases';
import { BOT_MESSAGE_TEXTS } from './botMessageTexts';
import { CommandDefinition } from './commands';

const NAMES: ReadonlyArray<[RegExp, Language]> = [
  [/^(dansk|danish|da)$/, 'da'],
  [/^(engelsk|english|en)$/, 'en'],
];

export function languageCommand(useCases: Pick<UseCases, 'chooseLanguage'>): CommandDefinition {
  return {
    name: 'language',
    words: ['sprog', 'language', 'skriv på', 'write in'],
    async run({ context, language, person, args }) {
      const chosen = NAMES.find(([pattern]) => pattern.test(args))?.[1];
      if (!chosen) {
        await context.sendActivity(inLanguage(BOT_MESSAGE_TEXTS, language).language.usage);
        return;
      }
      await useCases.chooseLanguage({ id: person.personId, name: person.name }, chosen);
      await context.sendActivity(inLanguage(BOT_MESSAGE_TEXTS, chosen).language.chosen);
    },
  };
}
