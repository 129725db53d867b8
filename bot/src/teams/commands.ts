/**
 * The command router: a list of command definitions, each with the words that start it. Adding a
 * command means adding a definition, not a branch in the message handler.
 */
import { TurnContext } from 'botbuilder';
import { ActingPerson } from '../application/ports';
import { CommandName, Language } from '../cards';

export interface CommandTurn {
  context: TurnContext;
  language: Language;
  /** Who is writing (tenant + Entra object id), with the name Teams shows for them. */
  person: ActingPerson & { name: string };
  /** What followed the command word, normalised (empty for most commands today). */
  args: string;
  /** Every command the router knows, so the help card lists exactly what works. */
  commands: readonly CommandDefinition[];
}

export interface CommandDefinition {
  name: CommandName;
  /** Normalised words or phrases that start the command, in every language we answer in. */
  words: readonly string[];
  /**
   * Free text that clearly asks for this command although it does not start with one of its words
   * ("jeg vil booke opstartssamtalen"). Matched against the normalised text.
   */
  understands?: readonly RegExp[];
  run(turn: CommandTurn): Promise<void>;
}

export interface CommandMatch {
  command: CommandDefinition;
  args: string;
}

export class CommandRouter {
  private readonly byWord = new Map<string, CommandDefinition>();

  constructor(readonly commands: readonly CommandDefinition[]) {
    for (const command of commands) {
      for (const word of command.words) {
        const owner = this.byWord.get(word);
        if (owner) throw new Error(`The word "${word}" starts both "${owner.name}" and "${command.name}"`);
        this.byWord.set(word, command);
      }
    }
  }

  /**
   * The command whose longest word starts the (normalised) text, as a whole word; else the first
   * command whose phrases the text clearly means (then the whole text is its argument); else
   * undefined.
   */
  match(text: string): CommandMatch | undefined {
    let best: { word: string; command: CommandDefinition } | undefined;
    for (const [word, command] of this.byWord) {
      const starts = text === word || text.startsWith(`${word} `);
      if (starts && (!best || word.length > best.word.length)) best = { word, command };
    }
    if (best) return { command: best.command, args: text.slice(best.word.length).trim() };
    const understood = this.commands.find((command) => command.understands?.some((phrase) => phrase.test(text)));
    return understood && { command: understood, args: text };
  }
}
