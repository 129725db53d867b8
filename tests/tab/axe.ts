// Accessibility checks of a page (or a frame) of the tab with axe-core, against WCAG 2.1 A and AA.
// axe runs in the page itself, injected from node_modules (no network, nothing installed for it). Used by
// every browser test of a view: `await expectNoSeriousViolations(page, 'Oversigt')`.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface AxeViolation {
  id: string;
  impact: Impact | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

let axeSource: string | undefined;

/** axe's own minified build, read once. */
function axeScript(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Fluent's focus management (tabster) puts invisible `<i tabindex="0" aria-hidden="true" data-tabster-dummy>`
 * around arrow-key groups such as the main navigation's tab list; they hand the focus on the moment they
 * get it. axe reports them as aria-hidden-focus, a known false positive (microsoft/tabster#288), so they
 * are left out of every check.
 */
const NOT_CHECKED = ['[data-tabster-dummy]'];

/**
 * Runs axe on `target` (the whole document, or the part the CSS selector `include` selects) with the
 * WCAG 2.1 A/AA rules and returns what it finds. The script is evaluated rather than added as a script
 * tag, so a page's Content-Security-Policy cannot keep it out.
 */
export async function axeViolations(target: Page | Frame, { include }: { include?: string } = {}): Promise<AxeViolation[]> {
  await transitionsFinished(target);
  const present = await target.evaluate('typeof window.axe === "object"');
  if (!present) await target.evaluate(axeScript());
  const context = { include: include ? [[include]] : [['html']], exclude: NOT_CHECKED.map((selector) => [selector]) };
  return (await target.evaluate(
    ([axeContext, tags]) => {
      const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
      return axe.run(axeContext, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((results) =>
        (results.violations as AxeViolation[]).map(({ id, impact, help, helpUrl, nodes }) => ({
          id,
          impact,
          help,
          helpUrl,
          nodes: nodes.map(({ target: where, html, failureSummary }) => ({ target: where, html, failureSummary })),
        })),
      );
    },
    [context, WCAG_21_AA_TAGS] as const,
  )) as AxeViolation[];
}

/**
 * Waits for the page's running CSS transitions and animations (endless ones, like a spinner's, aside):
 * right after a theme change Fluent's buttons are still fading between colours, and contrast measured
 * then would be neither theme's.
 */
export async function transitionsFinished(target: Page | Frame): Promise<void> {
  await target.evaluate(`Promise.all(document.getAnimations()
    .filter((animation) => animation.effect && animation.effect.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => undefined)))`);
}

/** One line per element: rule id, impact, where (axe's CSS selector), what is wrong and how to fix it. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'unknown'}) at ${node.target.join(' ')}: ${violation.help}` +
        `${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ').trim()}` : ''} [${node.html.slice(0, 160)}] ${violation.helpUrl}`,
    ),
  );
}

const SERIOUS: readonly (Impact | null)[] = ['serious', 'critical'];

/** Fails, naming each rule, impact and element, when axe finds a serious or critical WCAG 2.1 A/AA violation. */
export async function expectNoSeriousViolations(target: Page | Frame, view: string, options: { include?: string } = {}): Promise<void> {
  const serious = (await axeViolations(target, options)).filter((v) => SERIOUS.includes(v.impact));
  expect({ view, violations: describeViolations(serious) }).toEqual({ view, violations: [] });
}
