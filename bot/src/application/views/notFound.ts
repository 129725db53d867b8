/**
 * The one answer for a programme that does not exist and for one the caller may not see: the same
 * code and text, so nobody learns from the tab which programmes exist.
 */
import { NotFoundError } from '../../domain/errors';
import { notFound } from '../../domain/messages';

export function programmeNotFound(): NotFoundError {
  return notFound('programmeNotFound');
}

/** Lists only some roles may see (the cohort, the programme feedback): to others they do not exist. */
export function viewNotFound(): NotFoundError {
  return new NotFoundError('notFound', { da: 'Siden findes ikke.', en: 'The page does not exist.' });
}
