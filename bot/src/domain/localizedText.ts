/**
 * The one shape of every text a user reads: Danish and English side by side, so a translation is
 * reviewed where the Danish is written and neither can be forgotten.
 *
 * - A fixed text is a `LocalizedText`: `{ da: 'Læringsaftale', en: 'Learning agreement' }`.
 * - A text with parameters is a function that returns one: `({ name }) => ({ da: `Hej ${name}`, en: `Hi ${name}` })`.
 * - A catalogue (a card's texts, the domain's messages) is a plain object of such entries, nested as
 *   the reader likes, lists included. `inLanguage` turns it into the strings of one language, which
 *   is what an Adaptive Card template binds (`${texts.title}`) and what a message prints.
 */
export type Locale = 'da' | 'en';

export interface LocalizedText {
  readonly da: string;
  readonly en: string;
}

/** A text built from parameters, still in both languages at once. */
export type LocalizedTemplate<P> = (params: P) => LocalizedText;

/** What a catalogue becomes in one language: each text its string, each template a function giving a string. */
export type InLanguage<C> = C extends LocalizedText
  ? string
  : C extends (params: infer P) => LocalizedText
    ? (params: P) => string
    : C extends readonly (infer E)[]
      ? InLanguage<E>[]
      : C extends object
        ? { readonly [K in keyof C]: InLanguage<C[K]> }
        : C;

export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as LocalizedText).da === 'string' && typeof (value as LocalizedText).en === 'string';
}

function project(value: unknown, locale: Locale): unknown {
  if (isLocalizedText(value)) return value[locale];
  if (typeof value === 'function') {
    const template = value as (params: unknown) => LocalizedText;
    return (params: unknown) => template(params)[locale];
  }
  if (Array.isArray(value)) return value.map((item) => project(item, locale));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, project(entry, locale)]));
  }
  return value;
}

// Catalogues are module constants, so their projections are worked out once per language and kept.
const projections = new WeakMap<object, Partial<Record<Locale, unknown>>>();

/** A catalogue of texts in one language (computed once per catalogue and language). */
export function inLanguage<C extends object>(catalogue: C, locale: Locale): InLanguage<C> {
  let byLocale = projections.get(catalogue);
  if (!byLocale) {
    byLocale = {};
    projections.set(catalogue, byLocale);
  }
  const projected = byLocale[locale] ?? deepFreeze(project(catalogue, locale));
  byLocale[locale] = projected;
  return projected as InLanguage<C>;
}

/** Shared projections must never be changed by a caller (a card's view model is built beside them, not into them). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const entry of Object.values(value)) deepFreeze(entry);
  }
  return value;
}
