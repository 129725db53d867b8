/**
 * Mounts the Bot Framework messaging endpoint on the server the composition root created, and
 * answers every request itself: authentication, the channel/tenant gate, the turn, the status code.
 */
import type { Request, Response, Server } from 'restify';
import { Activity } from 'botbuilder';
import { admissionOf, ChannelPolicy, RefusalReason } from './actingPerson';
import { AuthenticatedRequest, BotAuthenticationError, BotAuthOptions, createAdapter, LedertraineeAdapter } from './adapter';
import { BotDeps, LedertraineeBot } from './bot';
import { invalidActivityReason } from './incomingActivity';
import { Logger } from './logger';

export const MESSAGES_PATH = '/api/messages';

export interface BotEndpointDeps extends BotDeps {
  auth: BotAuthOptions;
  /**
   * The adapter, when the composition root made it first (proactive notices go out through the
   * same adapter); made from `auth` otherwise.
   */
  adapter?: LedertraineeAdapter;
}

export interface BotEndpoint {
  /** Also what proactive messages are sent through (adapter.continueConversationAsync). */
  adapter: LedertraineeAdapter;
  bot: LedertraineeBot;
}

/**
 * POST /api/messages → authenticate → gate (channel, tenant, Entra user) → LedertraineeBot.
 * The server must already have parsed the JSON body into req.body.
 *
 * Answers: 400 for a body that is no activity; 401 `{ error: 'Unauthorized' }` when bot
 * authentication refuses the request (logged once as a warning, no stack trace); 200 with an
 * empty body for an authenticated activity that may not act (see `ignore`); the turn's status
 * (200, or the invoke response's status and body) otherwise; 500 `{ error: 'InternalServerError' }`
 * when something of ours fails outside the turn (logged once as an error).
 */
export function registerBotEndpoint(server: Server, deps: BotEndpointDeps): BotEndpoint {
  checkPolicy(deps.channelPolicy, deps.logger);
  const adapter = deps.adapter ?? createAdapter(deps.auth, deps.logger);
  const bot = new LedertraineeBot(deps);
  server.post(MESSAGES_PATH, async (req, res) => {
    const reason = invalidActivityReason(req.body);
    if (reason) {
      deps.logger.warn({ reason }, 'Rejected an invalid activity');
      res.send(400, { error: 'InvalidActivity', message: reason });
      return;
    }
    const activity = activityOf(req.body as Record<string, unknown>);

    let authenticated: AuthenticatedRequest;
    try {
      authenticated = await adapter.authenticate(authorizationOf(req), activity);
    } catch (error) {
      if (error instanceof BotAuthenticationError) {
        // The caller's reason stays in our log; the caller learns nothing but "no".
        deps.logger.warn(
          { reason: error.reason, authorization: authorizationOf(req) ? 'present' : 'missing' },
          'Refused a request that failed bot authentication',
        );
        res.send(401, { error: 'Unauthorized' });
      } else {
        failed(res, deps.logger, error, activity, 'Could not authenticate the request');
      }
      return;
    }

    const admission = admissionOf(activity, deps.channelPolicy);
    if (!admission.admitted) {
      ignore(res, deps.logger, activity, admission.reason, admission.tenantId);
      return;
    }

    try {
      const invokeResponse = await adapter.runTurn(authenticated, activity, (context) => bot.run(context));
      answer(res, invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      failed(res, deps.logger, error, activity, 'Could not process the activity');
    }
  });
  return { adapter, bot };
}

function checkPolicy(policy: ChannelPolicy | undefined, logger: Logger): void {
  // Never guessed: a missing policy must not quietly become "answer every channel and tenant".
  if (!policy) throw new Error('registerBotEndpoint needs deps.channelPolicy (see ChannelPolicy in teams/actingPerson.ts)');
  if (!policy.requireTeams) return;
  // Teams-only with no tenant would quietly ignore everyone: a configuration error, not a policy.
  if (policy.allowedTenantIds.length === 0) throw new Error('channelPolicy.requireTeams needs at least one allowed tenant id');
  logger.info({ allowedTenantIds: policy.allowedTenantIds }, 'Only Microsoft Teams activities from the allowed tenants are answered');
}

/**
 * An authenticated activity that may not act (another channel, another tenant, no Entra user) is
 * acknowledged with 200 and an empty body, and nothing else happens: no reply, no conversation
 * reference, no effect. Not 403: the sender is the Bot Framework channel service itself, which
 * did nothing wrong; a 4xx/5xx would be recorded as a failing bot on the Azure Bot's channel
 * health, may be retried, and in Web Chat or Teams shows the user a delivery error that tells a
 * stranger the bot exists and is refusing them. Silence does not. The log says why, without the
 * message text.
 */
function ignore(res: Response, logger: Logger, activity: Activity, reason: RefusalReason, tenantId: string | undefined): void {
  logger.warn(
    {
      reason,
      channelId: short(activity.channelId),
      tenantId: short(tenantId),
      activityType: short(activity.type),
      activityId: short(activity.id),
    },
    'Ignored an activity that may not act here',
  );
  answer(res, 200, undefined);
}

function failed(res: Response, logger: Logger, error: unknown, activity: Activity, message: string): void {
  logger.error({ err: error, activityType: short(activity.type), activityId: short(activity.id) }, message);
  if (!res.headersSent) res.send(500, { error: 'InternalServerError' });
}

function answer(res: Response, status: number, body: unknown): void {
  if (body === undefined) {
    res.status(status);
    res.end();
  } else {
    res.send(status, body);
  }
}

function authorizationOf(req: Request): string {
  const header = req.headers.authorization;
  return typeof header === 'string' ? header : '';
}

/** What botbuilder's validateAndFixActivity does to a parsed body: ISO dates become Dates. */
function activityOf(body: Record<string, unknown>): Activity {
  const activity = { ...body } as Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/** Values from the request body are logged at most 100 characters long. */
function short(value: string | undefined): string | undefined {
  return typeof value === 'string' && value.length > 100 ? `${value.slice(0, 100)}…` : value;
}
