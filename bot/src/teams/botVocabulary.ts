/**
 * Everything a person can type to the bot and every button on its cards: the two lists the bot is
 * built from. Adding a command or a card action means adding it here, not a branch in a handler.
 */
import { AidLink } from '../cards';
import { UseCases } from '../application/useCases';
import { bookCommand } from './bookCommand';
import { bookingActions } from './bookingActions';
import { CardActionDefinition } from './cardActions';
import { CommandDefinition } from './commands';
import { departmentHrActions, departmentHrCommand } from './departmentHrCommand';
import { helpCommand } from './helpCommand';
import { languageCommand } from './languageCommand';
import { nominationActions } from './nominationActions';
import { nominationCommand } from './nominationCommand';
import { personalityTestActions } from './personalityTestActions';
import { remindersCommand } from './remindersCommand';
import { statusCommand } from './statusCommand';
import { takeOffActions, takeOffCommand } from './takeOffCommand';

export interface VocabularyDeps {
  useCases: UseCases;
  aids: readonly AidLink[];
  programmeTabUrl?: string;
}

/** In the order the help card lists them. */
export function botCommands(deps: VocabularyDeps): CommandDefinition[] {
  return [
    statusCommand(deps.useCases),
    bookCommand(deps.useCases),
    nominationCommand(deps.useCases),
    remindersCommand(deps.useCases),
    departmentHrCommand(deps.useCases),
    takeOffCommand(deps.useCases),
    languageCommand(deps.useCases),
    helpCommand(deps),
  ];
}

export function botCardActions(deps: VocabularyDeps): CardActionDefinition[] {
  return [
    ...personalityTestActions(deps.useCases),
    ...bookingActions(deps.useCases),
    ...nominationActions(deps.useCases),
    ...departmentHrActions(deps.useCases),
    ...takeOffActions(deps.useCases),
  ];
}
