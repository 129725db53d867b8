// The programme-chat card as each reader meets it: every ${…} bound, schema 1.5, Danish and English,
// a bind button that carries only the verb and the programme, and under Teams' message limit even for
// an HR consultant with many programmes.
import { renderProgrammeChatCard } from '../../bot/src/cards';
import type { ProgrammeChatCardViewModel, ProgrammeChatChoiceView } from '../../bot/src/cards';
import { byteSize, TEAMS_MESSAGE_LIMIT_BYTES, unboundExpressions, visibleText } from '../cards/cardInspection';

const choice = (i: number): ProgrammeChatChoiceView => ({
  programmeId: `programme-${i}`,
  traineeName: `Ledertrainee Nummer ${i} Med Et Langt Navn Andersen-Christensen`,
  role: 'hrConsultant',
  hasChat: i % 2 === 0,
});

const kinds: ProgrammeChatCardViewModel[] = (['da', 'en'] as const).flatMap((language) => [
  { language, kind: 'choose', choices: [choice(1), choice(2)] },
  { language, kind: 'create', choices: [choice(1)] },
  { language, kind: 'nothingToBind' },
  { language, kind: 'bound', traineeName: 'Sofie Nielsen' },
  { language, kind: 'boundElsewhere' },
  { language, kind: 'howTo' },
]);

test.each(kinds.map((vm) => [`${vm.kind} (${vm.language})`, vm] as const))('%s: every expression bound, version 1.5', (_name, vm) => {
  const card = renderProgrammeChatCard(vm);
  expect(card.version).toBe('1.5');
  expect(unboundExpressions(card)).toEqual([]);
});

test('the choice names the trainee and the reader\'s role, and its button carries only the verb and the programme', () => {
  const card = renderProgrammeChatCard({ language: 'da', kind: 'choose', choices: [choice(2)] });
  const text = visibleText(card);
  expect(text).toContain('Ledertrainee: Ledertrainee Nummer 2');
  expect(text).toContain('Du er HR-konsulent i forløbet. Forløbet har allerede en chat; den her afløser den.');
  expect(JSON.stringify(card)).toContain(JSON.stringify({ verb: 'programmeChat.bind', programmeId: 'programme-2' }));
});

test('English readers get English, with the role written as in a sentence', () => {
  const text = visibleText(renderProgrammeChatCard({ language: 'en', kind: 'choose', choices: [choice(1), choice(2)] }));
  expect(text).toContain('Which programme is this chat for?');
  expect(text).toContain('You are the HR consultant in the programme.');
});

test('an HR consultant in 60 programmes gets the first 25 (those without a chat first), says so, and stays under Teams\' message limit', () => {
  const card = renderProgrammeChatCard({ language: 'da', kind: 'choose', choices: Array.from({ length: 60 }, (_, i) => choice(i)) });
  expect(byteSize(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  const text = visibleText(card);
  expect(text).toContain('Viser 25 af dine 60 forløb (dem uden chat først).');
  expect(text.match(/Knyt chatten til forløbet/g)).toHaveLength(25);
  expect(text).not.toContain('afløser');
});
