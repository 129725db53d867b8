// The bot as it runs in production, on a real restify server on a free loopback port: the same
// server and request guards the composition root builds, and registerBotEndpoint with no app id (local mode, so
// replies go to the activity's serviceUrl without a token: see recordingConnector.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { CALENDAR_ROUTE, calendarRoute } from '../../bot/src/api/calendarRoute';
import { createBuiltInScheduler } from '../../bot/src/scheduling/builtInScheduler';
import { Clock, ConversationReferenceStore, GroupChatCreator, HandledActivities, SlotReservations, systemClock } from '../../bot/src/application/ports';
import { createUseCases, UseCases } from '../../bot/src/application/useCases';
import type { AidLink } from '../../bot/src/cards';
import { conversationProgrammeCard } from '../../bot/src/cards/conversationCards';
import { createHttpServer } from '../../bot/src/http/httpServer';
import { registerTabApi } from '../../bot/src/api/tabApi';
import type { CallerIdentity } from '../../bot/src/api/auth/caller';
import { isWorkingDay } from '../../bot/src/scheduling/workingDays';
import { createTableStorage, TableStorage } from '../../bot/src/storage';
import {
  BotAuthOptions,
  ChannelPolicy,
  createAdapter,
  createProactiveNotifier,
  LOCAL_CHANNEL_POLICY,
  registerBotEndpoint,
  Logger,
} from '../../bot/src/teams';
import { testConnectionString, uniqueTablePrefix } from './tables';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  obj: object;
  msg: string;
}

/** A Logger that keeps what it was told, so tests can see that a failure was logged. */
export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (obj: object, msg: string) => void entries.push({ level, obj, msg });
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

export const TEST_AIDS: readonly AidLink[] = [
  { key: 'spotEtLedertalent', url: 'https://aids.example/spot-et-ledertalent.pdf' },
  { key: 'ledelseSkalTraenes', url: 'https://aids.example/ledelse-skal-traenes.pdf' },
  { key: 'skabeloner', url: 'https://aids.example/skabeloner' },
];

export interface BotServerOptions {
  /** Who the tab API takes the caller to be: the local person header unless given (e.g. SSO tokens). */
  tabIdentity?: CallerIdentity;
  conversationReferences: ConversationReferenceStore;
  /** Where the use cases keep programmes and people: Table Storage on Azurite unless given. */
  storage?: TableStorage;
  /** The use cases' clock: the real one unless given. */
  clock?: Clock;
  /** Table Storage on Azurite unless given. */
  handledActivities?: HandledActivities;
  aids?: readonly AidLink[];
  logger?: Logger & { entries: LogEntry[] };
  /** Local mode (no app id) unless given. */
  auth?: BotAuthOptions;
  /**
   * Local mode's (gate off) unless given. Independent of `auth`: production's policy can be tested
   * over plain HTTP with authentication off.
   */
  channelPolicy?: ChannelPolicy;
  /** Booking's reservations: a table of their own on Azurite unless given. */
  slotReservations?: SlotReservations;
  /** Key of the calendar links: a random one unless given. */
  calendarLinkSecret?: string;
  /** Take-off also invites trainees whose period ends within this many weeks: the app's default unless given. */
  takeOffInviteWeeks?: number;
  /** The programme's chat through Microsoft Graph (a local Graph in tests); none unless given. */
  groupChatCreator?: GroupChatCreator;
}

export interface BotServer {
  /** e.g. http://127.0.0.1:54321/api/messages */
  messagesUrl: string;
  logger: Logger & { entries: LogEntry[] };
  /** The use cases the endpoint calls, for a test to do what other parts of the app do (e.g. send a programme's card). */
  useCases: UseCases;
  /** POSTs an activity (or any body) as a channel would, and returns the HTTP response. */
  post(body: unknown, contentType?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startBotServer(options: BotServerOptions): Promise<BotServer> {
  const logger = options.logger ?? recordingLogger();
  const http = createHttpServer('ledertrainee-test');
  const server = http.server;
  const storage = options.storage ?? (await azuriteStorage('bot'));
  const auth = options.auth ?? { MicrosoftAppId: '' };
  const adapter = createAdapter(auth, logger);
  let baseUrl: string | undefined;
  const notifier = createProactiveNotifier({ adapter, botAppId: auth.MicrosoftAppId, conversationReferences: options.conversationReferences, logger });
  const useCases = createUseCases({
    programmes: storage.programmes,
    people: storage.people,
    departments: storage.departments,
    clock: options.clock ?? systemClock,
    notifier,
    scheduler: createBuiltInScheduler({
      calendarLinkSecret: options.calendarLinkSecret ?? randomBytes(32).toString('base64url'),
      publicBaseUrl: () => baseUrl,
    }),
    slotReservations: options.slotReservations ?? storage.slotReservations,
    ids: { newId: () => randomUUID() },
    takeOffEvents: storage.takeOffEvents,
    // The cohort views (and the admin's programme feedback) read the summaries kept beside the department index.
    programmeSummaries: storage.programmes,
    // The tab's views count what is overdue from working mornings, as the reminders do.
    workingCalendar: { isWorkingDay },
    // Conversation cards sent when due, rendered as the app renders them.
    sentReminders: storage.sentReminders,
    renderConversationCard: (view, o) => conversationProgrammeCard(view, o, options.aids ?? TEST_AIDS),
    logger,
    ...(options.takeOffInviteWeeks !== undefined ? { takeOffInviteWeeks: options.takeOffInviteWeeks } : {}),
    programmeChat: {
      store: storage.programmeChats,
      delivery: notifier,
      conversationReferences: options.conversationReferences,
      logger,
      ...(options.groupChatCreator ? { creator: options.groupChatCreator } : {}),
    },
  });
  server.get(CALENDAR_ROUTE, calendarRoute({ useCases, logger }));
  registerTabApi(server, { useCases, identity: options.tabIdentity ?? { kind: 'local' }, aids: options.aids ?? TEST_AIDS, logger });
  registerBotEndpoint(server, {
    useCases,
    adapter,
    auth,
    conversationReferences: options.conversationReferences,
    handledActivities: options.handledActivities ?? storage.handledActivities,
    aids: options.aids ?? TEST_AIDS,
    channelPolicy: options.channelPolicy ?? LOCAL_CHANNEL_POLICY,
    logger,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  const messagesUrl = `${baseUrl}/api/messages`;

  return {
    messagesUrl,
    logger,
    useCases,
    post: (body, contentType = 'application/json') =>
      fetch(messagesUrl, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () => http.close(),
  };
}

/** Table Storage on the test run's Azurite, with tables of its own. */
export async function azuriteStorage(label: string): Promise<TableStorage> {
  const storage = createTableStorage({ connectionString: testConnectionString() }, { tablePrefix: uniqueTablePrefix(label) });
  await storage.ensureTables();
  return storage;
}
