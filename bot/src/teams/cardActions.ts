/**
 * The card-action registry: what a button on one of our cards does. A button sends its `verb` and
 * data (Action.Submit arrives as a message whose `value` holds them); each verb is one small
 * definition in the list, calling one use case. Who acts is always the acting person of the
 * activity: a user id or role inside the card data is never read.
 */
import { TurnContext } from 'botbuilder';
import { ActingPerson } from '../application/ports';
import { Language } from '../cards';

export interface CardActionTurn {
  context: TurnContext;
  language: Language;
  person: ActingPerson & { name: string };
  /** What the button sent besides its verb (e.g. the programme id). Untrusted input. */
  data: Readonly<Record<string, unknown>>;
}

export interface CardActionDefinition {
  verb: string;
  run(turn: CardActionTurn): Promise<void>;
}

export class CardActionRegistry {
  private readonly byVerb = new Map<string, CardActionDefinition>();

  constructor(actions: readonly CardActionDefinition[]) {
    for (const action of actions) {
      if (this.byVerb.has(action.verb)) throw new Error(`Two card actions share the verb "${action.verb}"`);
      this.byVerb.set(action.verb, action);
    }
  }

  find(verb: string): CardActionDefinition | undefined {
    return this.byVerb.get(verb);
  }
}

/** The verb and data of a card button press, or undefined when the message is typed text. */
export function cardActionOf(value: unknown): { verb: string; data: Record<string, unknown> } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { verb, ...data } = value as Record<string, unknown>;
  return typeof verb === 'string' && verb !== '' ? { verb, data } : undefined;
}
