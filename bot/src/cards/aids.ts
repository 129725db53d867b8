/**
 * The programme's aids (hjælperedskaber): leaflets and templates published elsewhere. Only the
 * links are configuration; titles and descriptions come from the text catalogue by key.
 */
import { KnownAidKey, Texts, TitledText } from './texts';

/** One configured aid, e.g. `{ key: 'spotEtLedertalent', url: 'https://…' }`. */
export interface AidLink {
  key: string;
  url: string;
}

export interface AidView extends TitledText {
  url: string;
}

/**
 * Turns configured links into what a card shows. An unknown key is shown under its own name rather
 * than dropped, so a configuration mistake is visible. A link that is not http(s) is left out:
 * Teams refuses to render a whole card when one Action.OpenUrl holds an invalid URL.
 */
export function aidViews(links: readonly AidLink[], texts: Texts): AidView[] {
  return links.flatMap((link) => {
    const url = safeHttpUrl(link.url);
    if (!url) return [];
    const known = (texts.aids as Record<string, TitledText | undefined>)[link.key as KnownAidKey];
    return [{ title: known?.title ?? link.key, text: known?.text ?? '', url }];
  });
}

/** Normalised http(s) URL, with parentheses escaped so it can sit inside a markdown link. */
function safeHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return undefined;
  }
}
