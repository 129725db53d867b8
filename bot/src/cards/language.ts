/**
 * The language a user sees. Danish is the default: the users are Danish municipal employees, and
 * English is only chosen when their Teams client says so.
 */
export type Language = 'da' | 'en';

/** Maps a Teams locale such as "da-DK" or "en-US" (or none at all) to the language we answer in. */
export function languageOf(locale: string | undefined | null): Language {
  return typeof locale === 'string' && /^en(?:$|[-_])/i.test(locale.trim()) ? 'en' : 'da';
}
