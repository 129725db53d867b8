/**
 * The programme's aids (hjælperedskaber): leaflets and templates published elsewhere. Only the
 * links are configuration; titles and descriptions come from AID_TEXTS by key.
 */
import { LocalizedText } from '../domain/localizedText';
import { AID_TEXTS } from './aidTexts';
import { Language } from './language';

/** One configured aid, e.g. `{ key: 'spotEtLedertalent', url: 'https://…' }`. */
export interface AidLink {
  key: string;
  url: string;
}

/** An aid as shown in both languages (the tab gets both). */
export interface LocalizedAid {
  title: LocalizedText;
  text: LocalizedText;
  url: string;
}

/** An aid as a card shows it, in the reader's language. */
export interface AidView {
  title: string;
  text: string;
  url: string;
}

/**
 * Turns configured links into what a card or the tab shows. An unknown key is shown under its own
 * name rather than dropped, so a configuration mistake is visible. A link that is not http(s) is
 * left out: Teams refuses to render a whole card when one Action.OpenUrl holds an invalid URL.
 */
export function localizedAids(links: readonly AidLink[]): LocalizedAid[] {
  return links.flatMap((link) => {
    const url = safeHttpUrl(link.url);
    if (!url) return [];
    const known = (AID_TEXTS as Record<string, { title: LocalizedText; text: LocalizedText } | undefined>)[link.key];
    return [{ title: known?.title ?? { da: link.key, en: link.key }, text: known?.text ?? { da: '', en: '' }, url }];
  });
}

/** The configured aids in one language, in the order given. */
export function aidViews(links: readonly AidLink[], language: Language): AidView[] {
  return localizedAids(links).map((aid) => ({ title: aid.title[language], text: aid.text[language], url: aid.url }));
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
