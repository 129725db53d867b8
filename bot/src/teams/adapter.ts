/**
 * Builds the Bot Framework CloudAdapter from typed settings (the lead's config.ts reads the
 * environment; nothing here does) and decides what happens when a turn fails.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  TurnContext,
} from 'botbuilder';
import { languageOf, turnErrorText } from '../cards';
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

export function createAdapter(options: BotAuthOptions, logger: Logger): CloudAdapter {
  const adapter = new CloudAdapter(createAuthentication(options, logger));
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
    await context.sendActivity(turnErrorText(languageOf(activity?.locale)));
  } catch (sendError) {
    logger.error({ err: sendError, conversationId: activity?.conversation?.id }, 'Could not tell the user that the turn failed');
  }
}
