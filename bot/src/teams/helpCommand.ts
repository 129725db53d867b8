/** "hjælp" / "help" / "?": the help card with the commands, the tab and the aids. */
import { AidLink, renderHelpCard } from '../cards';
import { CommandDefinition } from './commands';
import { cardMessage } from './replies';

export interface HelpOptions {
  aids: readonly AidLink[];
  programmeTabUrl?: string;
}

export function helpCommand(options: HelpOptions): CommandDefinition {
  return {
    name: 'help',
    // "hjaelp" for keyboards without æ.
    words: ['hjælp', 'hjaelp', 'help', '?'],
    async run({ context, language, commands }) {
      const card = renderHelpCard({
        language,
        // One entry per name: a command may have two definitions (e.g. `tilknyt` and `fjern tilknytning`).
        commands: [...new Set(commands.map((command) => command.name))],
        aids: options.aids,
        programmeTabUrl: options.programmeTabUrl,
      });
      await context.sendActivity(cardMessage(card));
    },
  };
}
