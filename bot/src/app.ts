/**
 * Composition root: config → storage → application → teams + api → restify listen.
 * The only place that knows every layer; index.ts runs it, tests start it on port 0.
 */
import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import { healthRoute } from './api/health';
import { Config } from './config';
import { seedDemo } from './demo/seedDemo';
import { createUseCases } from './application/useCases';
import { systemClock } from './application/ports';
import { createHttpServer } from './http/httpServer';
import { AppLogger } from './logger';
import { createTableStorage, TableStorage, TableStorageConnection } from './storage';
import { createAdapter, createProactiveNotifier, registerBotEndpoint } from './teams';

// Read at run time: package.json lies outside bot/src, the build's rootDir.
const { version } = require('../../package.json') as { version: string };

export interface RunningApp {
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  storage: TableStorage;
  /**
   * Stops accepting connections, lets requests in flight finish (at most `drainMs`, 10 s by
   * default), then closes what is left.
   */
  close(drainMs?: number): Promise<void>;
}

export async function startApp(config: Config, logger: AppLogger): Promise<RunningApp> {
  const storage = createTableStorage(storageConnection(config), {
    tablePrefix: config.storage.tablePrefix,
    onUnreadableProgramme: (error) =>
      logger.error({ programmeId: error.programmeId, code: error.code, reason: error.text.en }, 'A stored programme breaks the rules and was left out of a list'),
  });
  await storage.ensureTables();
  if (config.seedDemo) {
    const seeded = await seedDemo(storage, new Date());
    logger.info({ seeded }, seeded ? 'Demo programmes seeded' : 'Demo programmes already present');
  }

  const auth = {
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
  };
  // One adapter answers turns and starts the bot's own messages (notices, reminders).
  const adapter = createAdapter(auth, logger);
  const useCases = createUseCases({
    programmes: storage.programmes,
    people: storage.people,
    departments: storage.departments,
    clock: systemClock,
    notifier: createProactiveNotifier({
      adapter,
      botAppId: config.bot.appId,
      conversationReferences: storage.conversationReferences,
      logger,
    }),
  });

  // Only JSON within a size limit gets past the server's guard, before any route or authentication.
  const http = createHttpServer('ledertrainee');
  const server = http.server;

  server.get('/api/health', healthRoute({ storage: storage.health, logger }));
  registerBotEndpoint(server, {
    useCases,
    adapter,
    auth,
    // Production answers only Teams users of the allowed tenants; local mode (loopback, the
    // Agents Playground) has no gate.
    channelPolicy:
      config.mode === 'production'
        ? { requireTeams: true, allowedTenantIds: config.bot.allowedTenantIds }
        : { requireTeams: false, allowedTenantIds: [] },
    conversationReferences: storage.conversationReferences,
    handledActivities: storage.handledActivities,
    aids: config.aids,
    logger,
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as { port: number };
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;
  logger.info({ url, mode: config.mode, host: config.host, version }, 'Server listening');

  return {
    url,
    port: address.port,
    storage,
    close: (drainMs) => http.close(drainMs),
  };
}

function storageConnection(config: Config): TableStorageConnection {
  const storage = config.storage;
  if (storage.kind === 'connectionString') return { connectionString: storage.connectionString };
  const credential = storage.clientId
    ? new ManagedIdentityCredential({ clientId: storage.clientId })
    : new DefaultAzureCredential();
  return { accountUrl: storage.accountUrl, credential };
}
