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
  /** Booking's scheduler: the built-in calendar (default), or Microsoft Graph when GRAPH_SCHEDULER=true. */
  scheduler: SchedulerConfig;
}

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
  ALLOWED_TENANT_IDS: tenantIdList,
  // Booking through Microsoft Graph (meetings with a Teams link) instead of the built-in calendar.
  GRAPH_SCHEDULER: booleanFlag(false),
  GRAPH_ORGANIZER: optionalText,
  GRAPH_TENANT_ID: optionalText,
  GRAPH_CLIENT_ID: optionalText,
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_BASE_URL: optionalText.pipe(z.url().optional()),
  // Set by Azure App Service on every instance; read only to refuse local mode there.
  WEBSITE_SITE_NAME: optionalText,
  WEBSITE_INSTANCE_ID: optionalText,
  ...Object.fromEntries(Object.keys(AID_SETTINGS).map((name) => [name, optionalText.pipe(z.url().optional())])),
});

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
    scheduler,
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
  const bot = mode === 'production';
  const organizer = e.GRAPH_ORGANIZER;
  if (!organizer) problems.push('GRAPH_ORGANIZER is missing: the mailbox that organises the meetings (GRAPH_SCHEDULER=true) / postkassen der indkalder');
  else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(organizer) && !GUID.test(organizer)) {
    problems.push('GRAPH_ORGANIZER must be a mailbox address (UPN) or a user object id / skal være en postkasse');
  }
  const baseUrl = (e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com').replace(/\/+$/, '');
  if (!/^https:/i.test(baseUrl)) problems.push('GRAPH_BASE_URL must be an https:// address: the token is sent there / skal være en https-adresse');
  const clientId = e.GRAPH_CLIENT_ID ?? (bot ? e.MICROSOFT_APP_ID : undefined);
  const clientSecret = e.GRAPH_CLIENT_SECRET ?? (bot && e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' ? e.MICROSOFT_APP_PASSWORD : undefined);
  const tenantId = e.GRAPH_TENANT_ID ?? (bot ? e.MICROSOFT_APP_TENANT_ID : undefined);
  if (!clientSecret && bot && e.MICROSOFT_APP_TYPE === 'UserAssignedMSI' && clientId) {
    return { kind: 'graph', organizer: organizer ?? '', baseUrl, credential: { kind: 'managedIdentity', clientId } };
  }
  const missing = [
    ...(clientId ? [] : ['GRAPH_CLIENT_ID']),
    ...(clientSecret ? [] : ['GRAPH_CLIENT_SECRET']),
    ...(tenantId ? [] : ['GRAPH_TENANT_ID']),
  ];
  if (missing.length > 0) {
    problems.push(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the identity that calls Microsoft Graph (GRAPH_SCHEDULER=true; in production the bot's MICROSOFT_APP_* by default) / identiteten der kalder Graph`,
    );
  }
  return {
    kind: 'graph',
    organizer: organizer ?? '',
    baseUrl,
    credential: { kind: 'clientSecret', tenantId: tenantId ?? '', clientId: clientId ?? '', clientSecret: clientSecret ?? '' },
  };
}

function requireSetting(problems: string[], value: unknown, name: string, meaning: string): void {
  if (value === undefined || value === '') problems.push(`${name} is missing: ${meaning}`);
}
