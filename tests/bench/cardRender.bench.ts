// Render time per card template and view (p50/p95), every template with realistic data as each role
// meets it (the learning agreement with 10 goals and 25 building blocks). Templates are parsed once
// per process, so the first render of each is left out. Two figures per card: data not seen before
// (every expression evaluated) and the same data again (a card that depends only on template and
// language, e.g. help, comes back without evaluating; data over 4 KB is always expanded).
// Figures are printed, never asserted.
import { forgetExpandedCards } from '../../bot/src/cards/adaptiveCard';
import { cardGallery } from '../cards/cardGallery';
import { Figures, measure, report } from './figures';

const RUNS = 60;

it('prints the render time of every card template', async () => {
  const fresh: Figures[] = [];
  const again: Figures[] = [];
  for (const entry of cardGallery().filter((c) => c.name.endsWith(', da)') || c.name.endsWith('(da)'))) {
    for (let i = 0; i < 3; i++) entry.render();
    fresh.push(
      await measure(entry.name, RUNS, async () => {
        forgetExpandedCards();
        return entry.render();
      }),
    );
    again.push(await measure(entry.name, RUNS, async () => entry.render()));
  }
  report('Card rendering per template, data not seen before (Danish; English renders the same templates)', fresh);
  report('Card rendering per template, the same data again', again);
}, 300_000);
