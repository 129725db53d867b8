/** Mounts the Bot Framework messaging endpoint on the server the composition root created. */
import type { Server } from 'restify';
import { CloudAdapter } from 'botbuilder';
import { BotAuthOptions, createAdapter } from './adapter';
import { BotDeps, LedertraineeBot } from './bot';
import { invalidActivityReason } from './incomingActivity';

export const MESSAGES_PATH = '/api/messages';

export interface BotEndpointDeps extends BotDeps {
  auth: BotAuthOptions;
}

export interface BotEndpoint {
  /** Also what proactive messages are sent through (adapter.continueConversationAsync). */
  adapter: CloudAdapter;
  bot: LedertraineeBot;
}

/**
 * POST /api/messages → CloudAdapter → LedertraineeBot. The server must already parse JSON bodies
 * (restify.plugins.bodyParser()): CloudAdapter.process needs a parsed body.
 */
export function registerBotEndpoint(server: Server, deps: BotEndpointDeps): BotEndpoint {
  const adapter = createAdapter(deps.auth, deps.logger);
  const bot = new LedertraineeBot(deps);
  server.post(MESSAGES_PATH, async (req, res) => {
    const reason = invalidActivityReason(req.body);
    if (reason) {
      deps.logger.warn({ reason }, 'Rejected an invalid activity');
      res.send(400, { error: 'InvalidActivity', message: reason });
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return { adapter, bot };
}
