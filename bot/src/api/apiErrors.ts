/**
 * The one place where the tab API turns a failure into an answer: status code and a body with a
 * stable code and the message in Danish and English. A programme the caller may not see answers
 * exactly like one that does not exist; why a token was refused, or what broke inside, goes to
 * the log and never to the caller.
 */
import type { Response } from 'restify';
import { ZodError } from 'zod';
import { Logger, StorageUnavailableError } from '../application/ports';
import { DomainError } from '../domain/errors';
import { message } from '../domain/messages';
import { LocalizedText } from '../domain/localizedText';
import { Unauthenticated } from './auth/caller';
import type { ApiError } from './contract';

export interface Failure {
  status: number;
  body: ApiError & Record<string, unknown>;
}

const PROGRAMME_NOT_FOUND: Failure = {
  status: 404,
  body: { error: 'programmeNotFound', message: message('programmeNotFound') },
};

const TEXTS = {
  unauthenticated: {
    da: 'Du er ikke logget ind, eller dit log ind er udløbet. Åbn fanen i Teams igen.',
    en: 'You are not signed in, or your sign-in has expired. Open the tab in Teams again.',
  },
  localPersonMissing: {
    da: 'Vælg en person i den lokale forhåndsvisning.',
    en: 'Choose a person in the local preview.',
  },
  unavailable: {
    da: 'Data kan ikke hentes lige nu. Prøv igen om lidt.',
    en: 'The data cannot be fetched right now. Please try again in a moment.',
  },
  internal: {
    da: 'Noget gik galt hos os. Prøv igen om lidt.',
    en: 'Something went wrong on our side. Please try again in a moment.',
  },
  invalidRequest: { da: 'Forespørgslen er ikke gyldig', en: 'The request is not valid' },
} satisfies Record<string, LocalizedText>;

/** The answer for a failure, with extra fields for a conflict (filled in by the caller). */
export function failureOf(error: unknown, logger: Logger): Failure {
  if (error instanceof Unauthenticated) {
    logger.info({ reason: error.reason }, 'Tab API: caller refused');
    return { status: 401, body: { error: error.code, message: TEXTS[error.code] } };
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const field = issue?.path.map(String).join('.') || undefined;
    return {
      status: 400,
      body: {
        error: 'invalidRequest',
        message: {
          da: `${TEXTS.invalidRequest.da}${field ? ` (${field})` : ''}.`,
          en: `${TEXTS.invalidRequest.en}${field ? ` (${field})` : ''}.`,
        },
        ...(field ? { field } : {}),
      },
    };
  }
  if (error instanceof StorageUnavailableError) {
    logger.warn({ err: error }, 'Tab API: storage unavailable');
    return { status: 503, body: { error: 'storageUnavailable', message: TEXTS.unavailable } };
  }
  if (error instanceof DomainError) return domainFailure(error, logger);
  logger.error({ err: error }, 'Tab API: request failed');
  return { status: 500, body: { error: 'internalError', message: TEXTS.internal } };
}

function domainFailure(error: DomainError, logger: Logger): Failure {
  const body = { error: error.code, message: error.text, ...fieldOf(error) };
  switch (error.category) {
    case 'notFound':
      return error.code === 'programmeNotFound' ? PROGRAMME_NOT_FOUND : { status: 404, body };
    case 'forbidden':
      // Outside the programme: exactly like a programme that does not exist. Inside it but without
      // the role (a trainee acknowledging for HR): the reason, which tells nothing new.
      return error.code === 'notAllowedToView' ? PROGRAMME_NOT_FOUND : { status: 403, body };
    case 'validation':
      return { status: 400, body };
    case 'rule':
      return { status: 422, body };
    case 'conflict':
      return { status: 409, body };
    case 'invalidState':
      logger.error({ code: error.code, reason: error.text.en }, 'Tab API: a stored programme breaks the rules');
      return { status: 500, body: { error: 'internalError', message: TEXTS.internal } };
  }
}

function fieldOf(error: DomainError): { field?: string } {
  const field = (error as { field?: unknown }).field;
  return typeof field === 'string' ? { field } : {};
}

export function sendFailure(res: Response, failure: Failure): void {
  res.setHeader('Cache-Control', 'no-store');
  res.send(failure.status, failure.body);
}
