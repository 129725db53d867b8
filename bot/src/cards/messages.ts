/** Short answers sent as plain text messages rather than cards. */
import { Language } from './language';
import { textsFor } from './texts';

/** The friendly answer to text the bot does not understand: points to the help command. */
export function fallbackText(language: Language): string {
  return textsFor(language).fallback;
}

/** What the user is told when a turn fails unexpectedly. */
export function turnErrorText(language: Language): string {
  return textsFor(language).turnError;
}

/** What the user is told when storage does not answer in time: nothing was done, try again. */
export function storageUnavailableText(language: Language): string {
  return textsFor(language).storageUnavailable;
}
