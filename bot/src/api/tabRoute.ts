/**
 * The frame of every tab API route: who calls (SSO token or, locally, the demo person), the route's
 * own work, and every failure answered through apiErrors.ts. Routes stay thin: parse with the
 * contract, call one use case, send the view.
 */
import type { Request, Response } from 'restify';
import { ActingPerson, Logger } from '../application/ports';
import { failureOf, sendFailure } from './apiErrors';
import { CallerIdentity, callerOf } from './auth/caller';

export interface RouteContext {
  identity: CallerIdentity;
  logger: Logger;
}

/** What a route answers: JSON, or a file (the CSV export). */
export type Answer = { json: unknown; status?: number } | { file: { text: string; contentType: string; fileName: string } };

export type RouteHandler = (req: Request, caller: ActingPerson) => Promise<Answer>;

/** Turns a failure into extra body fields (the conflict adds the programme as it is now). */
export type FailureEnricher = (error: unknown, req: Request, caller: ActingPerson) => Promise<Record<string, unknown> | undefined>;

export function tabRoute(context: RouteContext, handler: RouteHandler, enrich?: FailureEnricher) {
  return async (req: Request, res: Response): Promise<void> => {
    let caller: ActingPerson | undefined;
    try {
      caller = await callerOf(req, context.identity);
      const answer = await handler(req, caller);
      res.setHeader('Cache-Control', 'private, no-store');
      if ('file' in answer) {
        res.writeHead(200, {
          'Content-Type': answer.file.contentType,
          'Content-Disposition': `attachment; filename="${answer.file.fileName}"`,
          'X-Content-Type-Options': 'nosniff',
        });
        res.end(answer.file.text);
        return;
      }
      res.send(answer.status ?? 200, answer.json);
    } catch (error) {
      const failure = failureOf(error, context.logger);
      const extra = caller && enrich && failure.status === 409 ? await enrich(error, req, caller).catch(() => undefined) : undefined;
      sendFailure(res, extra ? { ...failure, body: { ...failure.body, ...extra } } : failure);
    }
  };
}

/** A path parameter as restify decoded it. */
export function param(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}
