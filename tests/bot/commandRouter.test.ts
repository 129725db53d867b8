// The router in isolation: which text reaches which command.
import { HELP_TEXTS } from '../../bot/src/cards';
import { inLanguage } from '../../bot/src/domain/localizedText';
import { normaliseCommandText } from '../../bot/src/teams/commandText';
import { CommandDefinition, CommandRouter } from '../../bot/src/teams/commands';
import { helpCommand } from '../../bot/src/teams/helpCommand';
import { botCommands } from '../../bot/src/teams/botVocabulary';
import { UseCases } from '../../bot/src/application/useCases';

// Matching never runs a command, so the use cases are never called here.
const noUseCases = {} as UseCases;
const help = helpCommand({ aids: [] });
// The bot's own list, so a command added to the bot is checked here too.
const router = new CommandRouter(botCommands({ useCases: noUseCases, aids: [] }));

describe('the command router', () => {
  it.each(['hjælp', 'hjaelp', 'help', '?'])('sends %p to the help command', (text) => {
    expect(router.match(text)?.command.name).toBe('help');
  });

  it('knows the words the help card and the welcome button tell users to type, in both languages', () => {
    for (const language of ['da', 'en'] as const) {
      for (const [name, { word }] of Object.entries(inLanguage(HELP_TEXTS, language).commands)) {
        expect(router.match(normaliseCommandText(word))?.command.name).toBe(name);
      }
    }
  });

  it('matches the command word as a whole word and hands on the rest', () => {
    expect(router.match('hjælp til læringsaftalen')).toMatchObject({ command: { name: 'help' }, args: 'til læringsaftalen' });
    expect(router.match('hjælpe')).toBeUndefined();
    expect(router.match('')).toBeUndefined();
  });

  it.each([
    ['status', 'status'],
    ['mine forløb', 'status'],
    ['hvad venter på mig?', 'status'],
    ['sprog dansk', 'language'],
    ['language english', 'language'],
    ['skriv på engelsk', 'language'],
  ])('understands %p as the %s command', (text, name) => {
    expect(router.match(normaliseCommandText(text))?.command.name).toBe(name);
  });

  it('refuses two commands that share a word, rather than picking one silently', () => {
    const clash: CommandDefinition = { ...help, words: ['help'] };
    expect(() => new CommandRouter([help, clash])).toThrow('The word "help" starts both "help" and "help"');
  });
});

describe('normalising what the user typed', () => {
  it.each([
    ['  Hjælp  ', 'hjælp'],
    ['HJÆLP!', 'hjælp'],
    ['hjælp.', 'hjælp'],
    ['hjælp\n', 'hjælp'],
    ['book   opstartssamtale', 'book opstartssamtale'],
    ['?', '?'],
  ])('turns %p into %p', (typed, normalised) => {
    expect(normaliseCommandText(typed)).toBe(normalised);
  });
});
