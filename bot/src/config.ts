/**
 * The only reader of process.env. Every setting the server understands is declared here, validated
 * at start, and turned into a typed Config. An incomplete production configuration refuses to
 * start and names every missing setting at once, so an operator fixes them in one go.
 *
 * Two modes:
 * - local (default): bot authentication off (empty app id), loopback only, Azurite or any given
 *   Table Storage connection string, demo data seeded unless SEED_DEMO=false.
 * - production: Entra app id + secret (or a user-assigned managed identity), tenant, app type and
 *   Table Storage are required; listens on all interfaces.
 */
import { z } from 'zod';

export type AppMode = 'local' | 'production';
export type MicrosoftAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface AidLink {
  /** Stable key, e.g. "spotEtLedertalent". */
  key: string;
  url: string;
}

export interface Config {
  mode: AppMode;
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  bot: {
    /** Empty in local mode: botbuilder then skips authentication entirely. */
    appId: string;
    appPassword: string;
    appType: MicrosoftAppType;
    tenantId: string;
    /**
     * Entra tenants (lower-case GUIDs) whose Teams users the bot answers: ALLOWED_TENANT_IDS, else
     * the app's tenant. Empty in local mode, where the channel/tenant gate is off.
     */
    allowedTenantIds: string[];
  };
  storage:
    | { kind: 'connectionString'; connectionString: string; tablePrefix: string }
    | { kind: 'managedIdentity'; accountUrl: string; clientId?: string; tablePrefix: string };
  /** Seed the demo department, people and programmes at start (local mode only). */
  seedDemo: boolean;
  /** The programme's aids (hjælperedskaber) shown in help and in the tab. */
  aids: AidLink[];
  /**
   * Booking's calendar files: the key that signs their download links (at least 32 bytes; local
   * mode makes one at start when unset) and the server's address as seen from outside (links are
   * absolute; local mode uses the address it listens on, App Service its WEBSITE_HOSTNAME).
   */
  calendar: { linkSecret?: string; publicBaseUrl?: string };
  /** The reminder engine: on (every `intervalSeconds`) or off. */
  reminders: { enabled: boolean; intervalSeconds: number };
  /** Take-off: trainees whose programme period ends within `inviteWeeks` weeks are invited too (besides those in completion). */
  takeOff: { inviteWeeks: number };
  /** Booking's scheduler: the built-in calendar (default), or Microsoft Graph when GRAPH_SCHEDULER=true. */
  scheduler: SchedulerConfig;
  /** The programme's chat: bound in Teams by a participant, or also created by the app through Microsoft Graph (GRAPH_PROGRAMME_CHATS=true). */
  programmeChat: ProgrammeChatConfig;
  /** The tab's API: how a Teams SSO token is checked (production); local mode takes a demo person instead. */
  tab: TabConfig;
}

/**
 * Production: the Teams SSO token of the tab's own Entra app registration — its audience (the
 * client id and the Application ID URI `api://<host>/<client id>`), the Entra keys it is signed with,
 * and the tenants whose users may call. Local mode: no token; the tab names a demo person.
 */
export type TabConfig =
  | { kind: 'local' }
  | { kind: 'sso'; clientId: string; audiences: string[]; jwksUrl: string; allowedTenantIds: string[] };

/** The identity that calls Microsoft Graph with application permissions: a client secret, or the user-assigned managed identity. */
export type GraphCredentialConfig =
  | { kind: 'clientSecret'; tenantId: string; clientId: string; clientSecret: string }
  | { kind: 'managedIdentity'; clientId: string };

/**
 * `inTeams`: a participant adds the bot to a group chat and binds it. `graph`: besides, the app
 * creates each programme's group chat itself (Chat.Create) and installs itself there; `teamsAppId`
 * is the app's id in the tenant's app catalog.
 */
export type ProgrammeChatConfig =
  | { kind: 'inTeams' }
  | { kind: 'graph'; teamsAppId: string; baseUrl: string; credential: GraphCredentialConfig; tenantId?: string };

/**
 * Microsoft Graph as the scheduler: meetings organised by one mailbox, with the app's own identity
 * (application permissions): a client secret, or the user-assigned managed identity.
 */
export type SchedulerConfig =
  | { kind: 'builtIn' }
  | {
      kind: 'graph';
      organizer: string;
      baseUrl: string;
      credential:
        | { kind: 'clientSecret'; tenantId: string; clientId: string; clientSecret: string }
        | { kind: 'managedIdentity'; clientId: string };
    };

/** Raised when the environment does not make a valid configuration. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Konfigurationen er ugyldig / The configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/**
 * The programme's aids (hjælperedskaber) are published on the intranet; each link is a setting.
 * An aid without a link is simply not offered.
 */
const AID_SETTINGS = {
  AID_URL_SPOT_ET_LEDERTALENT: 'spotEtLedertalent',
  AID_URL_LEDELSE_SKAL_TRAENES: 'ledelseSkalTraenes',
  /** One place holding all four templates, for intranets that publish them together. */
  AID_URL_SKABELONER: 'skabeloner',
  AID_URL_SKABELON_OPSTARTSSAMTALE: 'skabelonOpstartssamtale',
  AID_URL_SKABELON_LAERINGSAFTALE: 'skabelonLaeringsaftale',
  AID_URL_SKABELON_MIDTVEJSSAMTALE: 'skabelonMidtvejssamtale',
  AID_URL_SKABELON_TRANSITIONSSAMTALE: 'skabelonTransitionssamtale',
} as const;

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const booleanFlag = (fallback: boolean) =>
  optionalText.transform((v, ctx) => {
    if (v === undefined) return fallback;
    if (/^(1|true|yes|ja|on)$/i.test(v)) return true;
    if (/^(0|false|no|nej|off)$/i.test(v)) return false;
    ctx.addIssue({ code: 'custom', message: `must be true or false, got "${v}"` });
    return z.NEVER;
  });

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Comma-separated Entra tenant GUIDs, lower-cased and without repeats. */
const tenantIdList = optionalText.transform((v, ctx) => {
  if (v === undefined) return undefined;
  const ids = v.split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== '');
  const invalid = ids.filter((id) => !GUID.test(id));
  if (ids.length === 0 || invalid.length > 0) {
    const got = invalid.length > 0 ? `not ${invalid.map((id) => `"${id.slice(0, 60)}"`).join(', ')}` : 'got none';
    ctx.addIssue({ code: 'custom', message: `must be comma-separated Entra tenant ids (GUIDs), ${got} / skal være lejer-id'er (GUID'er)` });
    return z.NEVER;
  }
  return [...new Set(ids)];
});

/** Documented schema of the environment: name → meaning. README's configuration table mirrors it. */
const envSchema = z.object({
  APP_MODE: z.enum(['local', 'production']).default('local'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MICROSOFT_APP_TENANT_ID: optionalText,
  TABLES_CONNECTION_STRING: optionalText,
  TABLES_ACCOUNT_URL: optionalText.pipe(z.url().optional()),
  TABLES_TABLE_PREFIX: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]{0,29}$/, 'must start with a letter and hold only letters and digits')
      .optional(),
  ),
  AZURE_CLIENT_ID: optionalText,
  SEED_DEMO: booleanFlag(true),
  CALENDAR_LINK_SECRET: optionalText.refine((v) => v === undefined || Buffer.byteLength(v, 'utf8') >= 32, {
    message: 'must be at least 32 bytes (e.g. `openssl rand -base64 48`) / skal være mindst 32 bytes',
  }),
  PUBLIC_BASE_URL: optionalText.pipe(z.url().optional()),
  // Set by Azure App Service: the app's own host name, the default for PUBLIC_BASE_URL there.
  WEBSITE_HOSTNAME: optionalText,
  // Reminders: on by default in production; off by default in local mode (tests and the demo stay quiet unless asked).
  REMINDERS: optionalText,
  REMINDERS_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
  // Take-off invitations also go to trainees whose programme period ends within this many weeks.
  TAKE_OFF_INVITE_WEEKS: z.coerce.number().int().min(0).max(52).default(8),
  ALLOWED_TENANT_IDS: tenantIdList,
  // Booking through Microsoft Graph (meetings with a Teams link) instead of the built-in calendar.
  GRAPH_SCHEDULER: booleanFlag(false),
  GRAPH_ORGANIZER: optionalText,
  GRAPH_TENANT_ID: optionalText,
  GRAPH_CLIENT_ID: optionalText,
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_BASE_URL: optionalText.pipe(z.url().optional()),
  // The Teams app's id (the manifest's `id`, set by the deployment).
  TEAMS_APP_ID: optionalText,
  // The programme's chat created through Graph (opt-in: needs admin consent), and the app's id in the tenant's catalog.
  GRAPH_PROGRAMME_CHATS: booleanFlag(false),
  TEAMS_APP_CATALOG_ID: optionalText,
  // The tab's SSO: its Entra app registration (audience of the token) and where Entra publishes its signing keys.
  TAB_APP_CLIENT_ID: optionalText,
  TAB_APP_ID_URI: optionalText,
  SSO_JWKS_URL: optionalText.pipe(z.url().optional()),
  // Set by Azure App Service on every instance; read only to refuse local mode there.
  WEBSITE_SITE_NAME: optionalText,
  WEBSITE_INSTANCE_ID: optionalText,
  ...Object.fromEntries(Object.keys(AID_SETTINGS).map((name) => [name, optionalText.pipe(z.url().optional())])),
});

/** Every setting the server reads, by name (the deployment's consistency checks use it). */
export const SETTING_NAMES: readonly string[] = Object.keys(envSchema.shape);

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  const mode: AppMode = e.APP_MODE;

  if (mode === 'production') {
    requireSetting(problems, e.MICROSOFT_APP_ID, 'MICROSOFT_APP_ID', 'the bot\'s Entra app id / bottens Entra app-id');
    requireSetting(problems, e.MICROSOFT_APP_TYPE, 'MICROSOFT_APP_TYPE', 'MultiTenant, SingleTenant or UserAssignedMSI');
    requireSetting(problems, e.MICROSOFT_APP_TENANT_ID, 'MICROSOFT_APP_TENANT_ID', 'the Entra tenant id / Entra-lejerens id');
    // Without it, booking confirmations would carry no calendar file; a key made at start would
    // differ per instance and restart, breaking links already sent.
    requireSetting(problems, e.CALENDAR_LINK_SECRET, 'CALENDAR_LINK_SECRET', 'the key that signs calendar-file links, at least 32 bytes / nøglen der signerer kalenderlinks');
    if (!e.ALLOWED_TENANT_IDS && e.MICROSOFT_APP_TENANT_ID && !GUID.test(e.MICROSOFT_APP_TENANT_ID)) {
      // Teams names the tenant by GUID only: a domain name here would silently ignore every user.
      problems.push(
        'MICROSOFT_APP_TENANT_ID is not a GUID, so it cannot be the tenant whose users are answered: use the GUID or set ALLOWED_TENANT_IDS / angiv lejerens GUID',
      );
    }
    if (e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
      requireSetting(
        problems,
        e.MICROSOFT_APP_PASSWORD,
        'MICROSOFT_APP_PASSWORD',
        'the app secret (or use MICROSOFT_APP_TYPE=UserAssignedMSI) / app-hemmeligheden',
      );
    }
    if (!e.TABLES_CONNECTION_STRING && !e.TABLES_ACCOUNT_URL) {
      problems.push(
        'TABLES_CONNECTION_STRING or TABLES_ACCOUNT_URL is missing: where the data is stored / hvor data gemmes',
      );
    }
    if (e.TABLES_ACCOUNT_URL && !/^https:/i.test(e.TABLES_ACCOUNT_URL)) {
      problems.push('TABLES_ACCOUNT_URL must be an https:// address in production / skal være en https-adresse');
    }
    if (e.PUBLIC_BASE_URL && !/^https:/i.test(e.PUBLIC_BASE_URL)) {
      problems.push('PUBLIC_BASE_URL must be an https:// address in production / skal være en https-adresse');
    }
    if (e.TABLES_CONNECTION_STRING && isDevelopmentStorage(e.TABLES_CONNECTION_STRING)) {
      problems.push(
        'TABLES_CONNECTION_STRING points at development storage (Azurite, plain http or a local address), never used in production / peger på udviklingslager',
      );
    }
  } else {
    if (e.WEBSITE_SITE_NAME || e.WEBSITE_INSTANCE_ID) {
      problems.push(
        'APP_MODE=local on Azure App Service (WEBSITE_SITE_NAME/WEBSITE_INSTANCE_ID is set): local mode has no authentication; set APP_MODE=production / lokal tilstand må ikke køre i Azure',
      );
    }
    if (e.MICROSOFT_APP_ID) {
      problems.push('MICROSOFT_APP_ID is set in local mode: set APP_MODE=production to run with bot authentication');
    }
    if (!e.TABLES_CONNECTION_STRING) {
      problems.push('TABLES_CONNECTION_STRING is missing: `npm start` sets it to the Azurite it starts');
    }
    if (e.HOST && !LOOPBACK.test(e.HOST)) {
      problems.push(`HOST=${e.HOST}: local mode runs without authentication and binds to loopback only`);
    }
  }
  const remindersEnabled = parseFlag(e.REMINDERS, mode === 'production');
  if (remindersEnabled === undefined) problems.push(`REMINDERS: must be true or false, got "${e.REMINDERS}"`);
  const scheduler = schedulerConfig(e, mode, problems);
  const programmeChat = programmeChatConfig(e, mode, problems);
  const tab = tabConfig(e, mode, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  const tablePrefix = e.TABLES_TABLE_PREFIX ?? '';
  return {
    mode,
    host: e.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0'),
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    bot: {
      appId: e.MICROSOFT_APP_ID ?? '',
      appPassword: e.MICROSOFT_APP_PASSWORD ?? '',
      appType: e.MICROSOFT_APP_TYPE ?? 'MultiTenant',
      tenantId: e.MICROSOFT_APP_TENANT_ID ?? '',
      allowedTenantIds:
        mode === 'production' ? (e.ALLOWED_TENANT_IDS ?? [(e.MICROSOFT_APP_TENANT_ID ?? '').toLowerCase()]) : [],
    },
    storage: e.TABLES_CONNECTION_STRING
      ? { kind: 'connectionString', connectionString: e.TABLES_CONNECTION_STRING, tablePrefix }
      : { kind: 'managedIdentity', accountUrl: e.TABLES_ACCOUNT_URL as string, clientId: e.AZURE_CLIENT_ID, tablePrefix },
    seedDemo: mode === 'local' && e.SEED_DEMO,
    calendar: {
      ...(e.CALENDAR_LINK_SECRET ? { linkSecret: e.CALENDAR_LINK_SECRET } : {}),
      ...(e.PUBLIC_BASE_URL
        ? { publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/+$/, '') }
        : mode === 'production' && e.WEBSITE_HOSTNAME
          ? { publicBaseUrl: `https://${e.WEBSITE_HOSTNAME}` }
          : {}),
    },
    reminders: { enabled: remindersEnabled === true, intervalSeconds: e.REMINDERS_INTERVAL_SECONDS },
    takeOff: { inviteWeeks: e.TAKE_OFF_INVITE_WEEKS },
    scheduler,
    programmeChat,
    tab,
    aids: Object.entries(AID_SETTINGS).flatMap(([name, key]) => {
      const url = (e as Record<string, unknown>)[name];
      return typeof url === 'string' ? [{ key, url }] : [];
    }),
  };
}

/**
 * Development storage: the emulator's well-known account or shortcut, plain http, or an endpoint on
 * this machine. Real data never goes there, and credentials must never travel over http.
 */
function isDevelopmentStorage(connectionString: string): boolean {
  const settings = new Map(
    connectionString
      .split(';')
      .filter((part) => part.includes('='))
      .map((part) => {
        const at = part.indexOf('=');
        return [part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim()] as const;
      }),
  );
  if (settings.get('usedevelopmentstorage')?.toLowerCase() === 'true') return true;
  if (settings.get('accountname')?.toLowerCase() === 'devstoreaccount1') return true;
  if (settings.get('defaultendpointsprotocol')?.toLowerCase() === 'http') return true;
  const endpoint = settings.get('tableendpoint');
  if (!endpoint) return false;
  try {
    const url = new URL(endpoint);
    return url.protocol !== 'https:' || LOOPBACK.test(url.hostname.replace(/^\[|\]$/g, ''));
  } catch {
    return true;
  }
}

/** A true/false setting, `fallback` when not set; undefined when it is neither. */
function parseFlag(value: string | undefined, fallback: boolean): boolean | undefined {
  if (value === undefined) return fallback;
  if (/^(1|true|yes|ja|on)$/i.test(value)) return true;
  if (/^(0|false|no|nej|off)$/i.test(value)) return false;
  return undefined;
}

/**
 * GRAPH_SCHEDULER=true: the organiser's mailbox and an identity with Graph's application
 * permissions. The identity is GRAPH_CLIENT_ID/GRAPH_CLIENT_SECRET/GRAPH_TENANT_ID, each defaulting
 * in production to the bot's own (MICROSOFT_APP_ID, _PASSWORD, _TENANT_ID); with
 * MICROSOFT_APP_TYPE=UserAssignedMSI and no secret, the managed identity.
 */
function schedulerConfig(e: z.infer<typeof envSchema>, mode: AppMode, problems: string[]): SchedulerConfig {
  if (!e.GRAPH_SCHEDULER) return { kind: 'builtIn' };
  const organizer = e.GRAPH_ORGANIZER;
  if (!organizer) problems.push('GRAPH_ORGANIZER is missing: the mailbox that organises the meetings (GRAPH_SCHEDULER=true) / postkassen der indkalder');
  else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(organizer) && !GUID.test(organizer)) {
    problems.push('GRAPH_ORGANIZER must be a mailbox address (UPN) or a user object id / skal være en postkasse');
  }
  const baseUrl = (e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com').replace(/\/+$/, '');
  if (!/^https:/i.test(baseUrl)) problems.push('GRAPH_BASE_URL must be an https:// address: the token is sent there / skal være en https-adresse');
  return { kind: 'graph', organizer: organizer ?? '', baseUrl, credential: graphIdentity(e, mode, problems, 'GRAPH_SCHEDULER=true') };
}

/**
 * GRAPH_PROGRAMME_CHATS=true: the app creates each programme's group chat through Graph and installs
 * itself there, with the same Graph identity and address as the scheduler's. Installing needs the
 * app's id in the tenant's app catalog: TEAMS_APP_CATALOG_ID, else TEAMS_APP_ID (the manifest's id,
 * which is the catalog id only for an app from the Teams store; an app published to the
 * organisation's catalog gets an id of its own there).
 */
function programmeChatConfig(e: z.infer<typeof envSchema>, mode: AppMode, problems: string[]): ProgrammeChatConfig {
  for (const [name, value] of [['TEAMS_APP_ID', e.TEAMS_APP_ID], ['TEAMS_APP_CATALOG_ID', e.TEAMS_APP_CATALOG_ID]] as const) {
    if (value !== undefined && !GUID.test(value)) problems.push(`${name} must be a Teams app id (a GUID) / skal være et Teams-app-id (GUID)`);
  }
  if (!e.GRAPH_PROGRAMME_CHATS) return { kind: 'inTeams' };
  const teamsAppId = e.TEAMS_APP_CATALOG_ID ?? e.TEAMS_APP_ID;
  if (!teamsAppId) {
    problems.push("TEAMS_APP_CATALOG_ID (or TEAMS_APP_ID) is missing: the app's id in the tenant's Teams app catalog, to install it in the chats it creates (GRAPH_PROGRAMME_CHATS=true) / appens id i Teams-appkataloget");
  }
  const baseUrl = (e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com').replace(/\/+$/, '');
  const https = 'GRAPH_BASE_URL must be an https:// address: the token is sent there / skal være en https-adresse';
  if (!/^https:/i.test(baseUrl) && !problems.includes(https)) problems.push(https);
  const tenantId = e.GRAPH_TENANT_ID ?? e.MICROSOFT_APP_TENANT_ID;
  return {
    kind: 'graph',
    teamsAppId: teamsAppId ?? '',
    baseUrl,
    credential: graphIdentity(e, mode, problems, 'GRAPH_PROGRAMME_CHATS=true'),
    ...(tenantId ? { tenantId } : {}),
  };
}

/**
 * The identity that calls Graph: GRAPH_CLIENT_ID/GRAPH_CLIENT_SECRET/GRAPH_TENANT_ID, each defaulting
 * in production to the bot's own (MICROSOFT_APP_ID, _PASSWORD, _TENANT_ID); with
 * MICROSOFT_APP_TYPE=UserAssignedMSI and no secret, the managed identity. `why` names the setting
 * that asks for Graph.
 */
function graphIdentity(e: z.infer<typeof envSchema>, mode: AppMode, problems: string[], why: string): GraphCredentialConfig {
  const bot = mode === 'production';
  const clientId = e.GRAPH_CLIENT_ID ?? (bot ? e.MICROSOFT_APP_ID : undefined);
  const clientSecret = e.GRAPH_CLIENT_SECRET ?? (bot && e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' ? e.MICROSOFT_APP_PASSWORD : undefined);
  const tenantId = e.GRAPH_TENANT_ID ?? (bot ? e.MICROSOFT_APP_TENANT_ID : undefined);
  if (!clientSecret && bot && e.MICROSOFT_APP_TYPE === 'UserAssignedMSI' && clientId) return { kind: 'managedIdentity', clientId };
  const missing = [
    ...(clientId ? [] : ['GRAPH_CLIENT_ID']),
    ...(clientSecret ? [] : ['GRAPH_CLIENT_SECRET']),
    ...(tenantId ? [] : ['GRAPH_TENANT_ID']),
  ];
  if (missing.length > 0) {
    problems.push(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the identity that calls Microsoft Graph (${why}; in production the bot's MICROSOFT_APP_* by default) / identiteten der kalder Graph`,
    );
  }
  return { kind: 'clientSecret', tenantId: tenantId ?? '', clientId: clientId ?? '', clientSecret: clientSecret ?? '' };
}

function requireSetting(problems: string[], value: unknown, name: string, meaning: string): void {
  if (value === undefined || value === '') problems.push(`${name} is missing: ${meaning}`);
}

/** The Entra keys every tenant's tokens are signed with (v1 and v2 tokens alike). */
const ENTRA_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

/**
 * Production: TAB_APP_CLIENT_ID is required; the token's audience may be the client id or the
 * Application ID URI (TAB_APP_ID_URI, default `api://<PUBLIC_BASE_URL's or WEBSITE_HOSTNAME's host>/<client id>`);
 * its tenant must be one of the bot's allowed tenants.
 */
function tabConfig(e: z.infer<typeof envSchema>, mode: AppMode, problems: string[]): TabConfig {
  if (mode === 'local') return { kind: 'local' };
  const clientId = e.TAB_APP_CLIENT_ID;
  requireSetting(problems, clientId, 'TAB_APP_CLIENT_ID', "the tab's Entra app registration (client id) that Teams SSO tokens are issued for / fanens Entra app-registrering");
  if (clientId && !GUID.test(clientId)) problems.push('TAB_APP_CLIENT_ID must be a GUID (the client id of the tab\'s app registration) / skal være en GUID');
  const jwksUrl = e.SSO_JWKS_URL ?? ENTRA_JWKS_URL;
  if (!/^https:/i.test(jwksUrl)) problems.push('SSO_JWKS_URL must be an https:// address in production / skal være en https-adresse');
  const host = e.PUBLIC_BASE_URL ? hostOf(e.PUBLIC_BASE_URL) : e.WEBSITE_HOSTNAME;
  const appIdUri = e.TAB_APP_ID_URI ?? (host && clientId ? `api://${host}/${clientId}` : undefined);
  return {
    kind: 'sso',
    clientId: clientId ?? '',
    audiences: [clientId ?? '', ...(appIdUri ? [appIdUri] : [])].filter((a) => a !== ''),
    jwksUrl,
    allowedTenantIds: e.ALLOWED_TENANT_IDS ?? [(e.MICROSOFT_APP_TENANT_ID ?? '').toLowerCase()],
  };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
