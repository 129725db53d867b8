/**
 * The language a user sees: the domain's rule (Danish unless the Teams locale is English), under
 * the name the cards use.
 */
import { toLocale } from '../domain/errors';
import { Locale } from '../domain/localizedText';

export type Language = Locale;

/** Maps a Teams locale such as "da-DK" or "en-US" (or none at all) to the language we answer in. */
export const languageOf: (locale: string | undefined | null) => Language = toLocale;
