/** The card the bot sends when it is installed: what the programme is and what the bot can do. */
import { PHASE_LABELS } from '../domain/labels';
import { inLanguage } from '../domain/localizedText';
import { PHASES } from '../domain/state';
import template from './welcome.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { HELP_TEXTS } from './helpTexts';
import { Language } from './language';
import { WELCOME_TEXTS } from './welcomeTexts';

export interface WelcomeCardViewModel {
  language: Language;
}

export function renderWelcomeCard(vm: WelcomeCardViewModel): AdaptiveCard {
  return expandCard(template, {
    texts: inLanguage(WELCOME_TEXTS, vm.language),
    phases: phaseOverview(vm.language),
    // The button sends the help word as the user's own message, so it goes through the same router.
    helpWord: HELP_TEXTS.commands.help.word[vm.language],
  });
}

/** The programme's phases in order, numbered, each with its label and what happens in it. */
export function phaseOverview(language: Language): { number: number; title: string; text: string }[] {
  const texts = inLanguage(WELCOME_TEXTS, language);
  return PHASES.map((phase, index) => ({ number: index + 1, title: PHASE_LABELS[phase][language], text: texts.phases[phase] }));
}
