/**
 * Composition root: config → storage → application → teams + api → restify listen.
 * The only place that knows every layer; index.ts runs it, tests start it on port 0.
 */
import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import restify from 'restify';
import { healthRoute } from './api/health';
import { Config } from './config';
import { seedDemo } from './demo/seedDemo';
import { AppLogger } from './logger';
import { createTableStorage, TableStorage, TableStorageConnection } from './storage';
import { registerBotEndpoint } from './teams';

// Read at run time: package.json lies outside bot/src, the build's rootDir.
const { version } = require('../../package.json') as { version: string };

export interface RunningApp {
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  storage: TableStorage;
  close(): Promise<void>;
}

export async function startApp(config: Config, logger: AppLogger): Promise<RunningApp> {
  const storage = createTableStorage(storageConnection(config), { tablePrefix: config.storage.tablePrefix });
  await storage.ensureTables();
  if (config.seedDemo) {
    const seeded = await seedDemo(storage, new Date());
    logger.info({ seeded }, seeded ? 'Demo programmes seeded' : 'Demo programmes already present');
  }

  const server = restify.createServer({ name: 'ledertrainee', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser());
  // Bot Framework activities and tab requests are small; a bigger body is refused before parsing.
  server.use(restify.plugins.bodyParser({ maxBodySize: 512 * 1024, mapParams: false }));

  server.get('/api/health', healthRoute({ storage: storage.health, mode: config.mode, version }));
  registerBotEndpoint(server, {
    auth: {
      MicrosoftAppId: config.bot.appId,
      MicrosoftAppPassword: config.bot.appPassword,
      MicrosoftAppType: config.bot.appType,
      MicrosoftAppTenantId: config.bot.tenantId,
    },
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
  logger.info({ url, mode: config.mode, host: config.host }, 'Server listening');

  return {
    url,
    port: address.port,
    storage,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections (the Playground, browsers) would otherwise hold close() open.
        server.server.closeAllConnections?.();
      }),
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
