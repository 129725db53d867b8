/** The card the bot sends when it is installed: what the programme is and what the bot can do. */
import template from './welcome.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { Language } from './language';
import { textsFor } from './texts';

export interface WelcomeCardViewModel {
  language: Language;
}

export function renderWelcomeCard(vm: WelcomeCardViewModel): AdaptiveCard {
  const texts = textsFor(vm.language);
  return expandCard(template, {
    texts: texts.welcome,
    phases: texts.welcome.phases.map((phase, index) => ({ number: index + 1, ...phase })),
    // The button sends the help word as the user's own message, so it goes through the same router.
    helpWord: texts.commands.help.word,
  });
}
