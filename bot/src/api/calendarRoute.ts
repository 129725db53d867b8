/**
 * GET /api/calendar/<token>.ics: a booked conversation's calendar file, built from the programme as
 * it is now (moved or cancelled, the file says so). The signed token is the permission — the link
 * is opened in a browser, outside Teams — and names one conversation until it expires. A link that
 * is not ours, altered, or for a conversation that no longer exists gets 404; an expired one 410.
 */
import type { Request, Response } from 'restify';
import { Logger } from '../application/ports';
import { UseCases } from '../application/useCases';

/**
 * A wildcard, not `:token`: restify's router refuses a path parameter over 100 characters, and a
 * token for two UUIDs is 148.
 */
export const CALENDAR_ROUTE = '/api/calendar/*';

const REFUSALS = {
  notFound: { status: 404, text: 'Kalenderfilen findes ikke. / The calendar file does not exist.' },
  expired: { status: 410, text: 'Linket til kalenderfilen er udløbet. / The link to the calendar file has expired.' },
} as const;

export function calendarRoute(deps: { useCases: Pick<UseCases, 'calendarFile'>; logger: Logger }) {
  return async (req: Request, res: Response): Promise<void> => {
    const file = String((req.params as Record<string, unknown> | undefined)?.['*'] ?? '');
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    try {
      const outcome = token ? await deps.useCases.calendarFile(token) : ({ outcome: 'refused', reason: 'malformed' } as const);
      if (outcome.outcome === 'file') {
        res.writeHead(200, {
          'Content-Type': outcome.contentType,
          'Content-Disposition': `attachment; filename="${outcome.fileName}"`,
          'Cache-Control': 'private, no-store',
          'X-Content-Type-Options': 'nosniff',
        });
        res.end(outcome.text);
        return;
      }
      const refusal = outcome.reason === 'expired' ? REFUSALS.expired : REFUSALS.notFound;
      deps.logger.info({ reason: outcome.reason }, 'A calendar link was refused');
      res.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(refusal.text);
    } catch (error) {
      deps.logger.error({ err: error }, 'Could not serve a calendar file');
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Kalenderfilen kan ikke hentes lige nu. Prøv igen om lidt. / The calendar file cannot be fetched right now. Please try again.');
    }
  };
}
