// A programme with a learning agreement, stored in Azurite with its three people, and the card
// actions as Teams sends them: Action.Execute as an `adaptiveCard/action` invoke over real HTTP.
import { randomUUID } from 'node:crypto';
import { Programme } from '../../bot/src/domain/programme';
import { TableStorage } from '../../bot/src/storage';
import { BotServer } from '../support/botServer';
import { RecordingConnector } from '../support/recordingConnector';
import { asTeamsUser, personalInvoke, TeamsUser } from '../bot/activities';
import { agreementAccepted, agreementDrafted, HR, LEADER, TRAINEE } from '../domain/builders';

export interface AgreementParties {
  programmeId: string;
  trainee: TeamsUser;
  leader: TeamsUser;
  hr: TeamsUser;
  ids: { trainee: string; leader: string; hr: string };
}

/**
 * The domain builders' programme (draft agreement with two goals and the lederaspirantforløb, or
 * approved), under new ids: the people get Entra object ids (GUIDs, as Teams sends them).
 */
export async function storeAgreementProgramme(storage: TableStorage, stage: 'draft' | 'approved' = 'draft', edit?: (p: Programme) => void): Promise<AgreementParties> {
  const built = stage === 'draft' ? agreementDrafted() : agreementAccepted();
  edit?.(built);
  const ids = { trainee: randomUUID(), leader: randomUUID(), hr: randomUUID() };
  const programmeId = randomUUID();
  let json = JSON.stringify(built.toState());
  json = json.split(`"${TRAINEE.id}"`).join(`"${ids.trainee}"`);
  json = json.split(`"${LEADER.id}"`).join(`"${ids.leader}"`);
  json = json.split(`"${HR.id}"`).join(`"${ids.hr}"`);
  json = json.split('"programme-1"').join(`"${programmeId}"`);
  const programme = Programme.fromState(JSON.parse(json));
  await storage.programmes.create(programme, { at: new Date().toISOString(), by: ids.leader, action: 'test.created' });
  await storage.people.add({ id: ids.trainee, name: TRAINEE.name, isProgrammeAdmin: false, hrDepartmentIds: [] });
  await storage.people.add({ id: ids.leader, name: LEADER.name, isProgrammeAdmin: false, hrDepartmentIds: [] });
  await storage.people.add({ id: ids.hr, name: HR.name, isProgrammeAdmin: false, hrDepartmentIds: ['mso'] });
  return {
    programmeId,
    ids,
    trainee: asTeamsUser({ id: ids.trainee, name: TRAINEE.name }),
    leader: asTeamsUser({ id: ids.leader, name: LEADER.name }),
    hr: asTeamsUser({ id: ids.hr, name: HR.name }),
  };
}

export interface InvokeAnswer {
  status: number;
  type: string;
  card: Record<string, unknown> & { body: unknown[]; actions?: unknown[]; refresh?: { action: { verb: string; data: Record<string, unknown> }; userIds: string[] } };
  raw: string;
}

/** An Action.Execute as the user's Teams client sends it (data merged with the card's inputs). */
export function executeActivity(connector: RecordingConnector, user: TeamsUser, verb: string, data: Record<string, unknown>, locale = 'da-DK') {
  return personalInvoke({ serviceUrl: connector.serviceUrl, user, locale }, 'adaptiveCard/action', {
    action: { type: 'Action.Execute', id: '', verb, data },
    trigger: 'manual',
  });
}

export async function postInvoke(bot: BotServer, activity: unknown): Promise<InvokeAnswer> {
  const response = await bot.post(activity);
  const raw = await response.text();
  const body = JSON.parse(raw) as { statusCode: number; type: string; value: InvokeAnswer['card'] };
  return { status: response.status, type: body.type, card: body.value, raw };
}

export function execute(bot: BotServer, connector: RecordingConnector, user: TeamsUser, verb: string, data: Record<string, unknown>, locale?: string): Promise<InvokeAnswer> {
  return postInvoke(bot, executeActivity(connector, user, verb, data, locale));
}

/** Every Action.Execute on a card (in ShowCards and ActionSets too), with its title, verb and data. */
export function executeActions(card: unknown): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const found: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v));
    if (typeof value !== 'object' || value === null || key === 'fallback' || key === 'refresh') return;
    const node = value as Record<string, unknown>;
    if (node.type === 'Action.Execute') found.push({ title: String(node.title), verb: String(node.verb), data: node.data as Record<string, unknown> });
    for (const [k, child] of Object.entries(node)) if (k !== 'data') walk(child, k);
  };
  walk(card);
  return found;
}

export function action(card: unknown, title: string): { verb: string; data: Record<string, unknown> } {
  const found = executeActions(card).find((a) => a.title === title);
  if (!found) throw new Error(`No button "${title}" on the card: ${executeActions(card).map((a) => a.title).join(', ')}`);
  return found;
}

/** The value an input of the card holds (what the person would send back unchanged). */
export function inputValue(card: unknown, id: string): unknown {
  let value: unknown;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const node = v as Record<string, unknown>;
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && node.id === id) value = node.value;
    for (const child of Object.values(node)) walk(child);
  };
  walk(card);
  return value;
}
