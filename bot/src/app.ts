/**
 * Composition root: config → storage → application → teams + api → restify listen.
 * The only place that knows every layer; index.ts runs it, tests start it on port 0.
 */
import { ClientSecretCredential, DefaultAzureCredential, ManagedIdentityCredential, TokenCredential } from '@azure/identity';
import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { healthRoute } from './api/health';
import { CALENDAR_ROUTE, calendarRoute } from './api/calendarRoute';
import { createBuiltInScheduler } from './scheduling/builtInScheduler';
import { createGraphScheduler } from './scheduling/graphScheduler';
import { createGraphProgrammeChats } from './scheduling/graphProgrammeChats';
import { Config, GraphCredentialConfig } from './config';
import { seedDemo } from './demo/seedDemo';
import { createUseCases } from './application/useCases';
import { conversationProgrammeCard } from './cards/conversationCards';
import { GroupChatCreator, Scheduler, systemClock } from './application/ports';
import { createReminderEngine } from './application/reminderEngine';
import { createHttpServer } from './http/httpServer';
import { registerTabStatic } from './http/tabStatic';
import { isWorkingDay } from './scheduling/workingDays';
import { AppLogger } from './logger';
import { createTableStorage, TableStorage, TableStorageConnection } from './storage';
import { registerTabApi } from './api/tabApi';
import { ssoTokenVerifier } from './api/auth/ssoToken';
import { demoPersonas } from './demo/demoPersonas';
import { createAdapter, createProactiveNotifier, registerBotEndpoint } from './teams';

// Read at run time: package.json lies outside bot/src, the build's rootDir.
const { version } = require('../../package.json') as { version: string };
/** bot/src/app.ts and bot/dist/app.js both sit two folders below the project (or artifact) root. */
const TAB_DIST_DIR = path.resolve(__dirname, '../../tab/dist');

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
  let listeningUrl: string | undefined;
  if (!config.calendar.linkSecret && config.mode === 'production') {
    logger.warn({}, 'CALENDAR_LINK_SECRET is not set: booking confirmations carry no calendar-file link');
  }
  // One adapter answers turns and starts the bot's own messages (notices, reminders).
  const adapter = createAdapter(auth, logger);
  const notifier = createProactiveNotifier({
    adapter,
    botAppId: config.bot.appId,
    conversationReferences: storage.conversationReferences,
    logger,
  });
  const useCases = createUseCases({
    programmes: storage.programmes,
    people: storage.people,
    departments: storage.departments,
    clock: systemClock,
    notifier,
    // The built-in calendar (or Graph in front of it, when configured); links are absolute, so they
    // need the address the server is reached at (local mode: the one it listens on, known once it listens).
    scheduler: schedulerFor(
      config,
      createBuiltInScheduler({
        calendarLinkSecret: config.calendar.linkSecret ?? (config.mode === 'local' ? randomBytes(32).toString('base64url') : undefined),
        publicBaseUrl: () => config.calendar.publicBaseUrl ?? listeningUrl,
      }),
      logger,
    ),
    // Each person's reserved time, so two programmes never book the same person at once.
    slotReservations: storage.slotReservations,
    ids: { newId: () => randomUUID() },
    takeOffEvents: storage.takeOffEvents,
    // The programme's chat: bound in Teams by a participant, or made by the app through Graph (GRAPH_PROGRAMME_CHATS).
    programmeChat: {
      store: storage.programmeChats,
      delivery: notifier,
      conversationReferences: storage.conversationReferences,
      logger,
      ...programmeChatCreator(config, logger),
    },
    takeOffInviteWeeks: config.takeOff.inviteWeeks,
    // The tab's views: overdue counts from working mornings (as reminders do); the cohort reads summaries.
    workingCalendar: { isWorkingDay },
    programmeSummaries: storage.programmes,
    // The conversations' template cards go out at the booked time (the reminder engine runs it), rendered by cards/.
    sentReminders: storage.sentReminders,
    renderConversationCard: (view, options) => conversationProgrammeCard(view, options, config.aids),
    logger,
  });

  // Only JSON within a size limit gets past the server's guard, before any route or authentication.
  const http = createHttpServer('ledertrainee');
  const server = http.server;

  server.get('/api/health', healthRoute({ storage: storage.health, logger }));
  server.get(CALENDAR_ROUTE, calendarRoute({ useCases, logger }));
  // The built Teams tab (tab/dist, next to bot/ here and in the deployed artifact) under /tab.
  registerTabStatic(server, { distDir: TAB_DIST_DIR });
  // The tab's API: Teams SSO tokens in production; in local mode the preview's chosen demo person.
  registerTabApi(server, {
    useCases,
    identity: config.tab.kind === 'sso' ? { kind: 'sso', verify: ssoTokenVerifier(config.tab) } : { kind: 'local' },
    aids: config.aids,
    logger,
    ...(config.tab.kind === 'local' ? { personas: demoPersonas() } : {}),
  });
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
  if (config.mode === 'local') listeningUrl = url;
  logger.info({ url, mode: config.mode, host: config.host, version }, 'Server listening');

  // Reminders: every instance runs the engine; only the holder of the lease sends (see reminderEngine.ts).
  const reminders = createReminderEngine({
    programmes: storage.programmes,
    departments: storage.departments,
    people: storage.people,
    lease: storage.reminderLease,
    sentReminders: storage.sentReminders,
    delivery: notifier,
    calendar: { isWorkingDay },
    clock: systemClock,
    logger,
    holder: `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
    dueCards: (now) => useCases.deliverDueConversationCards(now),
  });
  if (config.reminders.enabled) {
    reminders.start(config.reminders.intervalSeconds * 1000);
    logger.info({ intervalSeconds: config.reminders.intervalSeconds }, 'Reminder engine started');
  }

  return {
    url,
    port: address.port,
    storage,
    close: async (drainMs) => {
      // No new reminder run; the one in flight ends within the drain time, beside the requests in flight.
      await Promise.all([reminders.stop(drainMs), http.close(drainMs)]);
    },
  };
}

/** Booking's scheduler: the built-in calendar, or Microsoft Graph (GRAPH_SCHEDULER=true) with the built-in rules behind it. */
function schedulerFor(config: Config, builtIn: Scheduler, logger: AppLogger): Scheduler {
  const graph = config.scheduler;
  if (graph.kind === 'builtIn') return builtIn;
  const credential =
    graph.credential.kind === 'clientSecret'
      ? new ClientSecretCredential(graph.credential.tenantId, graph.credential.clientId, graph.credential.clientSecret)
      : new ManagedIdentityCredential({ clientId: graph.credential.clientId });
  logger.info({ organizer: graph.organizer, baseUrl: graph.baseUrl }, 'Booking through Microsoft Graph');
  return createGraphScheduler({ credential, organizer: graph.organizer, baseUrl: graph.baseUrl, builtIn, logger });
}

/** With GRAPH_PROGRAMME_CHATS=true, the app creates each programme's group chat through Microsoft Graph and installs itself there. */
function programmeChatCreator(config: Config, logger: AppLogger): { creator?: GroupChatCreator; tenantId?: string } {
  const chat = config.programmeChat;
  if (chat.kind === 'inTeams') return {};
  logger.info({ baseUrl: chat.baseUrl }, "Programme chats are created through Microsoft Graph");
  return {
    creator: createGraphProgrammeChats({ credential: graphCredential(chat.credential), baseUrl: chat.baseUrl, teamsAppId: chat.teamsAppId, logger }),
    ...(chat.tenantId ? { tenantId: chat.tenantId } : {}),
  };
}

function graphCredential(credential: GraphCredentialConfig): TokenCredential {
  return credential.kind === 'clientSecret'
    ? new ClientSecretCredential(credential.tenantId, credential.clientId, credential.clientSecret)
    : new ManagedIdentityCredential({ clientId: credential.clientId });
}

function storageConnection(config: Config): TableStorageConnection {
  const storage = config.storage;
  if (storage.kind === 'connectionString') return { connectionString: storage.connectionString };
  const credential = storage.clientId
    ? new ManagedIdentityCredential({ clientId: storage.clientId })
    : new DefaultAzureCredential();
  return { accountUrl: storage.accountUrl, credential };
}
