/** The help card: the commands that work today, the tab (once it can be opened), and the programme's aids. */
import { inLanguage } from '../domain/localizedText';
import template from './help.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { AidLink, aidViews } from './aids';
import { CommandName, HELP_TEXTS } from './helpTexts';
import { Language } from './language';

export interface HelpCardViewModel {
  language: Language;
  /** The commands the bot answers to right now, in the order to show them. */
  commands: readonly CommandName[];
  /** Configured links to the aids (hjælperedskaber). */
  aids: readonly AidLink[];
  /** Deep link that opens the personal tab; without it the card says nothing about the tab. */
  programmeTabUrl?: string;
}

export function renderHelpCard(vm: HelpCardViewModel): AdaptiveCard {
  const texts = inLanguage(HELP_TEXTS, vm.language);
  const aids = aidViews(vm.aids, vm.language);
  return expandCard(template, {
    texts,
    commands: vm.commands.map((name) => texts.commands[name]),
    showProgrammeTab: Boolean(vm.programmeTabUrl),
    programmeTabUrl: vm.programmeTabUrl ?? '',
    hasAids: aids.length > 0,
    aids,
  });
}
