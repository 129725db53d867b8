// A stand-in for Teams around the real tab, for the views Teams alone opens (the configuration page, a
// meeting's side panel): a page on the app's own origin frames the tab and answers teams-js's
// postMessage protocol as a Teams host does — initialize with the frame context, getContext with the
// chat or meeting, the SSO token, the configuration's validity and settings — and records every
// message the tab sent (window.received); `window.sendTheme(theme)` switches Teams' theme. The server
// runs in local mode, which knows no Teams token: to see a view with data, each API request is given
// the demo person's header on its way (`actAs`); without it the requests go as the tab sent them.
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { LOCAL_PERSON_HEADER } from '../../bot/src/api/contract/routes';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { openTab, type PersonaKey, type TabWorld } from './tabHarness';

export interface TeamsPlace {
  /** Where Teams shows the tab: its configuration page or a meeting's side panel. */
  frameContext: 'settings' | 'sidePanel' | 'content';
  /** The Teams client's language, e.g. da-DK or en-US. */
  locale: string;
  /** The group chat (or the meeting's chat) the tab is in; none for a personal tab. */
  chatId?: string;
  meetingId?: string;
}

export interface TabInTeams {
  page: Page;
  tab: FrameLocator;
  frame: Frame;
  /** The Authorization header of every API request the tab sent, as it sent it. */
  authorizations: string[];
}

/** A message the tab sent to the host: its function name and arguments. */
export interface HostMessage {
  func: string;
  args?: unknown[];
}

function hostPage(tabPath: string, place: TeamsPlace, personId: string): string {
  const context = {
    locale: place.locale,
    theme: 'default',
    frameContext: place.frameContext,
    hostClientType: 'web',
    appSessionId: 's1',
    sessionId: 's1',
    userObjectId: personId,
    tid: '9b7e3c1a-5d2f-4e8b-a6c0-1f2d3e4a5b6c',
    hostName: 'Teams',
    ...(place.chatId ? { chatId: place.chatId } : {}),
    ...(place.meetingId ? { meetingId: place.meetingId } : {}),
  };
  const runtime = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: { app: {}, appInitialization: {}, authentication: {}, pages: { config: {}, appButton: {}, tabs: {} }, teamsCore: {}, meeting: {} },
  };
  return `<!doctype html>
<html lang="${place.locale.slice(0, 2)}"><head><meta charset="utf-8"><title>Simulated Teams host</title></head>
<body style="margin:0">
<iframe id="tab" title="Ledertrainee" src="${tabPath}" style="border:0;width:100%;height:880px"></iframe>
<script>
  window.received = [];
  const frame = document.getElementById('tab');
  const runtime = ${JSON.stringify(runtime)};
  const context = ${JSON.stringify(context)};
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || !event.data || typeof event.data.func !== 'string') return;
    const message = event.data;
    window.received.push({ func: message.func, args: message.args });
    const reply = (args) => frame.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, '*');
    if (message.func === 'initialize') reply([context.frameContext, 'web', JSON.stringify(runtime), '2.58.0']);
    else if (message.func === 'getContext') reply([context]);
    else if (message.func === 'authentication.getAuthToken') reply([true, 'simulated-teams-sso-token']);
    else if (message.func === 'settings.setSettings') reply([true]);
  });
  // The user presses Teams' Save button on the configuration page.
  window.pressSave = () => frame.contentWindow.postMessage({ func: 'settings.save', args: [{}] }, '*');
  window.sendTheme = (theme) => frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '*');
</script>
</body></html>`;
}

/** The Teams user when no demo person is acted as: Sofie, whose token the local server cannot check. */
const SIGNED_IN_ONLY_THROUGH_TEAMS = demoPeople.traineeInDevelopment.id;

/**
 * Opens `tabPath` of the tab framed by the simulated Teams host in `place`: as the demo person `actAs`
 * (their header added to each API request), or, with `undefined`, with nothing but the SSO token the
 * tab itself sends.
 */
export async function openInTeams(world: TabWorld, tabPath: string, actAs: PersonaKey | undefined, place: TeamsPlace): Promise<TabInTeams> {
  const page = await openTab(world, '/api/health');
  const personId = actAs ? demoPeople[actAs].id : SIGNED_IN_ONLY_THROUGH_TEAMS;
  const authorizations: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/')) authorizations.push(request.headers()['authorization'] ?? '');
  });
  await page.route('**/teams-host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostPage(tabPath, place, personId) }));
  if (actAs) {
    await page.route('**/api/v1/**', (route) => route.continue({ headers: { ...route.request().headers(), [LOCAL_PERSON_HEADER.toLowerCase()]: personId } }));
  }
  await page.goto(`${world.app.url}/teams-host.html`);
  const tab = page.frameLocator('#tab');
  await tab.locator('main').waitFor();
  const frame = page.frames().find((f) => f.url().includes('/tab/'));
  if (!frame) throw new Error('The tab did not load in the simulated Teams host');
  return { page, tab, frame, authorizations };
}

/** What the tab has sent the host so far. */
export async function hostReceived(page: Page): Promise<HostMessage[]> {
  // (Browser-side code is passed as text: the tests compile without the DOM's types.)
  return (await page.evaluate('window.received')) as HostMessage[];
}
