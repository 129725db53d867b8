/**
 * "indstil" / "nominate" (also "jeg vil indstille en medarbejder"): the nomination card. Followed
 * by a name ("indstil Jonas") it searches the person directory at once.
 */
import { UseCases } from '../application/useCases';
import { CommandDefinition } from './commands';
import { searchStep } from './nominationActions';

/** Free text that asks to nominate without a name to search for. */
const ASKS_TO_NOMINATE = /\b(indstille|indstilling af|nominere|nominate|nomination)\b/;

export function nominationCommand(useCases: Pick<UseCases, 'startNomination' | 'searchPeople'>): CommandDefinition {
  return {
    name: 'nominate',
    words: ['indstil', 'indstilling', 'nominate'],
    understands: [ASKS_TO_NOMINATE],
    async run(turn) {
      const query = ASKS_TO_NOMINATE.test(turn.args) ? '' : turn.args;
      await searchStep(useCases, turn, query);
    },
  };
}
