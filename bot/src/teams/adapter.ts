/**
 * Builds the Bot Framework CloudAdapter from typed settings (the lead's config.ts reads the
 * environment; nothing here does) and decides what happens when a turn fails.
 */
import {
  Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  InvokeResponse,
  TurnContext,
} from 'botbuilder';
import { languageOf } from '../cards';
import { inLanguage } from '../domain/localizedText';
import { BOT_MESSAGE_TEXTS } from './botMessageTexts';
import { Logger } from './logger';

export interface BotAuthOptions {
  /** Entra app id of the bot. Empty means local mode: no authentication in either direction. */
  MicrosoftAppId: string;
  /** Client secret; empty for UserAssignedMSI. */
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** Required for SingleTenant and UserAssignedMSI. */
  MicrosoftAppTenantId?: string;
}

export function isLocalMode(options: BotAuthOptions): boolean {
  return options.MicrosoftAppId.trim() === '';
}

/** What a successful authentication yields: the caller's identity and how to answer it. */
export type AuthenticatedRequest = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * The request was refused by bot authentication (no, a malformed, a forged or an expired token).
 * `reason` is botbuilder's message: for the log, never for the caller.
 */
export class BotAuthenticationError extends Error {
  constructor(readonly reason: string) {
    super('Unauthorized');
    this.name = 'BotAuthenticationError';
  }
}

/**
 * CloudAdapter with its two steps apart. `CloudAdapter.process` authenticates and runs the turn in
 * one go, writes every failure to console.error (a stack trace on stderr, past the app's logger)
 * and tells the caller botbuilder's message; the endpoint instead authenticates, decides, runs the
 * turn and answers itself (see endpoint.ts).
 */
export class LedertraineeAdapter extends CloudAdapter {
  /**
   * Checks the request's Bot Framework token (skipped when there is no app id, local mode).
   * Throws BotAuthenticationError when the token is missing or invalid; any other error (e.g. the
   * signing keys cannot be fetched) propagates as it is, because that is our failure, not the caller's.
   */
  async authenticate(authHeader: string, activity: Activity): Promise<AuthenticatedRequest> {
    try {
      return await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (isRefusedCredential(error)) throw new BotAuthenticationError(String((error as Error).message ?? error));
      throw error;
    }
  }

  /**
   * Runs the turn for an authenticated request, as CloudAdapter.process does after authenticating:
   * returns the invoke response (invoke activities, or all replies for deliveryMode "expectReplies"),
   * undefined otherwise. Errors in the bot's logic are handled by onTurnError and do not reach here.
   */
  async runTurn(
    authenticated: AuthenticatedRequest,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

/**
 * botbuilder's AuthenticationError carries the HTTP status it means: 400/401/403 are a refused
 * credential, 500 is its own failure (e.g. "Failed to load openID config"). A token whose signature
 * or dates do not verify surfaces as jsonwebtoken's own errors.
 */
function isRefusedCredential(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { statusCode, name } = error as { statusCode?: unknown; name?: unknown };
  if (typeof statusCode === 'number') return statusCode >= 400 && statusCode < 500;
  return name === 'JsonWebTokenError' || name === 'TokenExpiredError' || name === 'NotBeforeError';
}

export function createAdapter(options: BotAuthOptions, logger: Logger): LedertraineeAdapter {
  const adapter = new LedertraineeAdapter(createAuthentication(options, logger));
  adapter.onTurnError = (context, error) => reportTurnError(context, error, logger);
  return adapter;
}

function createAuthentication(options: BotAuthOptions, logger: Logger): ConfigurationBotFrameworkAuthentication {
  if (isLocalMode(options)) {
    // With no app id botbuilder neither validates incoming tokens nor fetches outgoing ones, and it
    // posts replies to whatever serviceUrl the activity names: only ever acceptable on loopback.
    logger.warn({ botAuthentication: 'off' }, 'Bot authentication is off (no MicrosoftAppId): local mode');
    const local = { MicrosoftAppId: '' };
    return new ConfigurationBotFrameworkAuthentication(local, new ConfigurationServiceClientCredentialFactory(local));
  }
  const settings = {
    MicrosoftAppId: options.MicrosoftAppId,
    MicrosoftAppPassword: options.MicrosoftAppPassword ?? '',
    MicrosoftAppType: options.MicrosoftAppType ?? 'MultiTenant',
    MicrosoftAppTenantId: options.MicrosoftAppTenantId ?? '',
  };
  return new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings));
}

/** Logs the failure with enough context to find the turn, and tells the user in their language. */
async function reportTurnError(context: TurnContext, error: unknown, logger: Logger): Promise<void> {
  const activity = context.activity;
  logger.error(
    { err: error, activityType: activity?.type, activityId: activity?.id, conversationId: activity?.conversation?.id },
    'Bot turn failed',
  );
  try {
    await context.sendActivity(inLanguage(BOT_MESSAGE_TEXTS, languageOf(activity?.locale)).turnError);
  } catch (sendError) {
    logger.error({ err: sendError, conversationId: activity?.conversation?.id }, 'Could not tell the user that the turn failed');
  }
}
