/**
 * Who may act through the bot, and as whom. Every handler that needs "who is this" asks
 * `actingPersonOf`; nothing reads `from.id`, which the client chooses, to decide who is acting.
 */
import type { Activity } from 'botbuilder';
import type { ActingPerson } from '../application/ports';

export type { ActingPerson };

/**
 * Which activities may act at all. app.ts builds it from the configuration:
 * production `{ requireTeams: true, allowedTenantIds: config.bot.allowedTenantIds }`,
 * local mode `LOCAL_CHANNEL_POLICY`. It is independent of bot authentication, so tests can turn it
 * on over plain HTTP.
 */
export interface ChannelPolicy {
  /** Only Microsoft Teams (`channelId` "msteams") may act: Web Chat, Direct Line and the rest get nothing. */
  requireTeams: boolean;
  /**
   * Entra tenants (GUIDs) whose users may act, matched against `channelData.tenant.id`. Empty means
   * the tenant is not checked, which only local mode may use (registerBotEndpoint refuses an empty
   * list together with requireTeams).
   */
  allowedTenantIds: readonly string[];
}

/**
 * Local mode (loopback only, no authentication): the gate is off, because anyone who can reach
 * the endpoint can also write any channel and tenant into an activity, and the local tools (the
 * Agents Playground, the Bot Framework Emulator, the tests) send their own. The Entra object id is
 * still required: without it nobody is acting.
 */
export const LOCAL_CHANNEL_POLICY: ChannelPolicy = { requireTeams: false, allowedTenantIds: [] };

export const TEAMS_CHANNEL_ID = 'msteams';

/** Why an activity may not act; logged, never shown. */
export type RefusalReason =
  | 'notTeams'
  /** channelData.tenant.id missing or not an allowed tenant. */
  | 'tenantNotAllowed'
  /** channelData.tenant.id and conversation.tenantId name different tenants. */
  | 'tenantMismatch'
  /** No (well-formed) from.aadObjectId: not a signed-in user of an organisation. */
  | 'noEntraUser';

export type Admission =
  | { admitted: true; person: ActingPerson }
  | { admitted: false; reason: RefusalReason; tenantId?: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** The acting person, or undefined when the activity may not act (see `admissionOf`). */
export function actingPersonOf(activity: Partial<Activity>, policy: ChannelPolicy): ActingPerson | undefined {
  const admission = admissionOf(activity, policy);
  return admission.admitted ? admission.person : undefined;
}

/**
 * Decides whether an (authenticated) activity may act, and as whom: the channel must be Teams and
 * the tenant an allowed one when the policy says so, and the sender must carry an Entra object id.
 */
export function admissionOf(activity: Partial<Activity>, policy: ChannelPolicy): Admission {
  const tenantId = tenantOf(activity);
  if (policy.requireTeams && activity.channelId !== TEAMS_CHANNEL_ID) {
    return { admitted: false, reason: 'notTeams', tenantId };
  }
  if (policy.allowedTenantIds.length > 0) {
    const fromChannelData = textOf(channelDataTenantOf(activity));
    if (!fromChannelData || !policy.allowedTenantIds.some((allowed) => allowed.toLowerCase() === fromChannelData)) {
      return { admitted: false, reason: 'tenantNotAllowed', tenantId };
    }
    const fromConversation = textOf(activity.conversation?.tenantId);
    if (fromConversation && fromConversation !== fromChannelData) {
      return { admitted: false, reason: 'tenantMismatch', tenantId };
    }
  }
  const personId = textOf(activity.from?.aadObjectId);
  if (!personId || !isGuid(personId)) return { admitted: false, reason: 'noEntraUser', tenantId };
  return { admitted: true, person: { tenantId: tenantId ?? '', personId } };
}

/** Teams names the tenant in channelData.tenant.id and in conversation.tenantId; lower case. */
function tenantOf(activity: Partial<Activity>): string | undefined {
  return textOf(channelDataTenantOf(activity)) ?? textOf(activity.conversation?.tenantId);
}

function channelDataTenantOf(activity: Partial<Activity>): unknown {
  const channelData: unknown = activity.channelData;
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const tenant = (channelData as { tenant?: unknown }).tenant;
  if (typeof tenant !== 'object' || tenant === null) return undefined;
  return (tenant as { id?: unknown }).id;
}

function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().toLowerCase();
  return trimmed === '' ? undefined : trimmed;
}
