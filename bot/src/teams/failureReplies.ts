/**
 * How a refused or failed command reaches the user, in one place for the whole bot: a domain
 * error (a rule, a missing right, a conflict) is answered with its own Danish or English text, and
 * storage that does not answer with "try again in a moment". Anything else is a bug: it is left to
 * the adapter's turn error, which logs it and apologises.
 */
import { TurnContext } from 'botbuilder';
import { StorageUnavailableError } from '../application/ports';
import { Language } from '../cards';
import { inLanguage } from '../domain/localizedText';
import { BOT_MESSAGE_TEXTS } from './botMessageTexts';
import { DomainError } from '../domain/errors';
import { Logger } from './logger';

/** True when the failure was answered; false when it is a bug the caller should let through. */
export async function answerFailure(context: TurnContext, error: unknown, language: Language, logger: Logger): Promise<boolean> {
  if (error instanceof DomainError) {
    logger.info({ code: error.code, category: error.category }, 'A request was refused');
    await context.sendActivity(error.messageFor(language));
    return true;
  }
  if (error instanceof StorageUnavailableError) {
    logger.error({ err: error }, 'Storage did not answer in time');
    await context.sendActivity(inLanguage(BOT_MESSAGE_TEXTS, language).storageUnavailable);
    return true;
  }
  return false;
}
