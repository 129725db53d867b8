// The `book` command's words and free text, and which conversation a text names.
import { UseCases } from '../../bot/src/application/useCases';
import { bookCommand, kindNamedIn } from '../../bot/src/teams/bookCommand';
import { normaliseCommandText } from '../../bot/src/teams/commandText';
import { CommandRouter } from '../../bot/src/teams/commands';
import { statusCommand } from '../../bot/src/teams/statusCommand';

const noUseCases = {} as UseCases;
const router = new CommandRouter([statusCommand(noUseCases), bookCommand(noUseCases)]);

it.each(['book', 'Book samtale', 'aftal', 'book opfølgning', 'jeg vil booke opstartssamtalen', 'Kan vi aftale et tidspunkt til midtvejssamtalen?', 'book a follow-up'])(
  '%p starts booking',
  (text) => {
    expect(router.match(normaliseCommandText(text))?.command.name).toBe('book');
  },
);

it.each([
  ['book opstartssamtale', 'startupPart1'],
  ['jeg vil booke opstartssamtalen', 'startupPart1'],
  ['book del 2', 'startupPart2'],
  ['book opstartssamtalens anden del', 'startupPart2'],
  ['book opfølgning', 'followUp'],
  ['book opfølgningsmøde', 'followUp'],
  ['book midtvejssamtale', 'midway'],
  ['book transitionssamtale', 'transition'],
  ['book', undefined],
])('%p names %p', (text, kind) => {
  expect(kindNamedIn(normaliseCommandText(text))).toBe(kind);
});
