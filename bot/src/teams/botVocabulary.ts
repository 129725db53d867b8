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
import { agreementActions, agreementCommand, agreementViews } from './agreementActions';
import { conversationCardActions, conversationCardViews, conversationCommand, conversationShowAction, programmeFeedbackCommand } from './conversationCardActions';
import { CardViewDefinition, ExecuteActionDefinition } from './universalActions';
import { ConversationReferenceStore } from '../application/ports';
import { departmentHrActions, departmentHrCommand } from './departmentHrCommand';
import { helpCommand } from './helpCommand';
import { jointStartupActions, jointStartupCommand } from './jointStartupCommand';
import { languageCommand } from './languageCommand';
import { nominationActions } from './nominationActions';
import { nominationCommand } from './nominationCommand';
import { personalityTestActions } from './personalityTestActions';
import { programmeChatActions, programmeChatCommands } from './programmeChatCommand';
import { remindersCommand } from './remindersCommand';
import { statusCommand } from './statusCommand';
import { takeOffActions, takeOffCommand } from './takeOffCommand';

export interface VocabularyDeps {
  useCases: UseCases;
  /** Where people can be reached: their Teams ids for cards that refresh for each of them. */
  conversationReferences?: ConversationReferenceStore;
  aids: readonly AidLink[];
  programmeTabUrl?: string;
}

/** In the order the help card lists them. */
export function botCommands(deps: VocabularyDeps): CommandDefinition[] {
  return [
    statusCommand(deps.useCases),
    agreementCommand(deps),
    conversationCommand(deps),
    bookCommand(deps.useCases),
    jointStartupCommand(deps.useCases),
    nominationCommand(deps.useCases),
    remindersCommand(deps.useCases),
    departmentHrCommand(deps.useCases),
    takeOffCommand(deps.useCases),
    programmeFeedbackCommand(deps),
    ...programmeChatCommands(deps.useCases),
    languageCommand(deps.useCases),
    helpCommand(deps),
  ];
}

export function botCardActions(deps: VocabularyDeps): CardActionDefinition[] {
  return [
    ...personalityTestActions(deps.useCases),
    ...bookingActions(deps.useCases),
    ...jointStartupActions(deps.useCases),
    ...nominationActions(deps.useCases),
    ...departmentHrActions(deps.useCases),
    ...takeOffActions(deps.useCases),
    ...programmeChatActions(deps.useCases),
    conversationShowAction(deps),
  ];
}

/** Cards that render themselves from stored state (refresh, Action.Execute): one entry per view. */
export function botCardViews(deps: VocabularyDeps): CardViewDefinition[] {
  return [...agreementViews(deps), ...conversationCardViews(deps)];
}

/** Action.Execute verbs: one small handler each (teams/universalActions.ts). */
export function botExecuteActions(deps: VocabularyDeps): ExecuteActionDefinition[] {
  return [...agreementActions(deps), ...conversationCardActions(deps)];
}
