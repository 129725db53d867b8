// A card rendered again from the same data is the same card, and what one caller adds to its card
// (a notice, a refresh) never shows up on the next person's card.
import { renderHelpCard, withNotice } from '../../bot/src/cards';
import { visibleText } from './cardInspection';

const aids = [{ key: 'skabeloner', url: 'https://aids.example/skabeloner' }];

it('the same data gives the same card, and other data a card of its own', () => {
  const first = renderHelpCard({ language: 'da', commands: ['help'], aids });
  expect(renderHelpCard({ language: 'da', commands: ['help'], aids })).toEqual(first);
  expect(visibleText(renderHelpCard({ language: 'en', commands: ['help'], aids }))).not.toEqual(visibleText(first));
});

it('a card changed by one caller leaves the next card from the same data as it was', () => {
  const first = renderHelpCard({ language: 'da', commands: ['help', 'status'], aids });
  const pristine = JSON.stringify(first);
  (first.body as unknown[]).push({ type: 'TextBlock', text: 'Kun til Tina' });
  first.refresh = { userIds: ['29:tina'] };
  withNotice(first, { kind: 'saved', text: 'Gemt.' });
  const again = renderHelpCard({ language: 'da', commands: ['help', 'status'], aids });
  expect(JSON.stringify(again)).toBe(pristine);
  (again.body as unknown[]).pop();
  expect(JSON.stringify(renderHelpCard({ language: 'da', commands: ['help', 'status'], aids }))).toBe(pristine);
});
