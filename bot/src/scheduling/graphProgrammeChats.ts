/**
 * Microsoft Graph makes the programme's chat, with the app's own identity (application
 * permissions, no signed-in user), through the same Graph client as the Graph scheduler:
 *
 * - `POST /chats` with `chatType: "group"`, the topic, and the three people as
 *   `#microsoft.graph.aadUserConversationMember` members (role `owner`, `user@odata.bind` to
 *   `…/users('<Entra object id>')`): 201 with the chat (`id` "19:…@thread.v2"). Permission
 *   **Chat.Create** (application).
 * - `POST /chats/{chat-id}/installedApps` with `teamsApp@odata.bind` to
 *   `…/appCatalogs/teamsApps/<catalog id>` (TEAMS_APP_CATALOG_ID, else TEAMS_APP_ID): 201.
 *   Permission **TeamsAppInstallation.ReadWriteSelfForChat.All**, or
 *   **TeamsAppInstallation.ReadWriteAndConsentSelfForChat.All** once the app asks for
 *   resource-specific permissions (meeting events).
 *
 * It lives beside the Graph scheduler because it shares its client (token, throttling retries,
 * time bounds); like it, it implements an application port and only app.ts wires it.
 */
import { GroupChatCreator, Logger } from '../application/ports';
import { createGraphClient, GRAPH_DEFAULT_BASE_URL, GraphClientOptions, graphErrorFacts } from './graphScheduler';

export interface GraphProgrammeChatsOptions extends GraphClientOptions {
  /** The Teams app's id in the tenant's app catalog (TEAMS_APP_CATALOG_ID, else TEAMS_APP_ID). */
  teamsAppId: string;
  logger: Logger;
}

/** A bot turn waits for both calls: each is bounded well inside Teams' 15 s. */
const REQUEST_TIMEOUT_MS = 5_000;

export function createGraphProgrammeChats(options: GraphProgrammeChatsOptions): GroupChatCreator {
  const client = createGraphClient({ requestTimeoutMs: REQUEST_TIMEOUT_MS, ...options });
  // Bindings name Graph resources by absolute URL, on the Graph the app talks to (another cloud's, or the tests').
  const graphUrl = `${(options.baseUrl ?? GRAPH_DEFAULT_BASE_URL).replace(/\/+$/, '')}/v1.0`;

  async function logged<T>(operation: string, facts: Record<string, unknown>, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      options.logger.error({ operation, ...facts, ...graphErrorFacts(error) }, 'Microsoft Graph refused or failed a programme-chat call');
      throw error;
    }
  }

  return {
    createGroupChat: ({ topic, memberIds }) =>
      logged('createChat', { members: memberIds.length }, async () => {
        const created = (await client.api('/chats').post({
          chatType: 'group',
          topic,
          members: memberIds.map((id) => ({
            '@odata.type': '#microsoft.graph.aadUserConversationMember',
            roles: ['owner'],
            'user@odata.bind': `${graphUrl}/users('${encodeURIComponent(id)}')`,
          })),
        })) as { id?: unknown; tenantId?: unknown } | undefined;
        if (typeof created?.id !== 'string' || created.id === '') throw new Error('Graph created a chat but named no id');
        return { chatId: created.id, ...(typeof created.tenantId === 'string' ? { tenantId: created.tenantId } : {}) };
      }),
    installApp: (chatId) =>
      logged('installApp', { chatId }, async () => {
        await client.api(`/chats/${encodeURIComponent(chatId)}/installedApps`).post({
          'teamsApp@odata.bind': `${graphUrl}/appCatalogs/teamsApps/${encodeURIComponent(options.teamsAppId)}`,
        });
      }),
  };
}
