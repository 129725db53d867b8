/** "status": the sender's programmes, what is due and what waits for them. */
import { renderStatusCard } from '../cards';
import { UseCases } from '../application/useCases';
import { CommandDefinition } from './commands';
import { cardMessage } from './replies';

export function statusCommand(useCases: Pick<UseCases, 'programmeStatus'>): CommandDefinition {
  return {
    name: 'status',
    words: ['status', 'mit forløb', 'mine forløb', 'my programme', 'my programmes'],
    understands: [/\b(hvordan går det med|hvor langt er|hvad venter|hvad mangler|what is due|what's due|how far)\b/],
    async run({ context, language, person }) {
      const programmes = await useCases.programmeStatus(person.personId);
      await context.sendActivity(cardMessage(renderStatusCard({ language, programmes })));
    },
  };
}
