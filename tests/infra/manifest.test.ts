// The Teams app package as written in appPackage/: validated offline against the Teams JSON schemas
// bundled with @microsoft/app-manifest, and checked against what the app really does — the command
// menu against the bot's own command list, the tabs against the server's address, SSO against the
// tab's Entra app, the icons against Teams' rules.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { UseCases } from '../../bot/src/application/useCases';
import { botCommands } from '../../bot/src/teams/botVocabulary';
import { CommandRouter } from '../../bot/src/teams/commands';
import { normaliseCommandText } from '../../bot/src/teams/commandText';

const ROOT = path.resolve(__dirname, '../..');
const readText = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

type Command = { title: string; description?: string };
type CommandList = { scopes: string[]; commands: Command[] };
type Manifest = {
  $schema: string;
  manifestVersion: string;
  icons: { color: string; outline: string };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  bots: { botId: string; scopes: string[]; commandLists: CommandList[] }[];
  staticTabs: { entityId: string; name?: string; contentUrl?: string; websiteUrl?: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[]; context: string[]; meetingSurfaces?: string[] }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
};

const manifestText = readText('appPackage/manifest.json');
const manifest: Manifest = JSON.parse(manifestText);
const english: Record<string, string> = JSON.parse(
  readText(`appPackage/${manifest.localizationInfo.additionalLanguages.find((l) => l.languageTag === 'en')?.file}`),
);

/** Placeholders filled with values of the right shape, as provisioning fills them. */
function provisioned(text: string): Record<string, unknown> {
  return JSON.parse(
    text
      .replace(/\$\{\{TEAMS_APP_ID\}\}/g, '8f2c1d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')
      .replace(/\$\{\{BOT_ID\}\}/g, '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d')
      .replace(/\$\{\{TAB_APP_CLIENT_ID\}\}/g, '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e')
      .replace(/\$\{\{BOT_DOMAIN\}\}/g, 'ledertrainee-dev.azurewebsites.net'),
  );
}

function schemaErrors(document: object): string[] {
  const output = execFileSync(process.execPath, [path.join(__dirname, '../support/validateManifest.cjs')], {
    input: JSON.stringify(document),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(output) as string[];
}

/** The bundled schema of the manifest's version, for the limits Teams sets. */
const schema = JSON.parse(
  readFileSync(
    require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`),
    'utf8',
  ),
);

describe('the manifest and its localization validate offline against the bundled Teams schemas', () => {
  test('the manifest names a schema version bundled with @microsoft/app-manifest, and validates against it', () => {
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(schemaErrors(provisioned(manifestText))).toEqual([]);
  });

  test('the English localization validates against the localization schema of the same version', () => {
    expect(english.$schema).toContain(`/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
    expect(schemaErrors(english)).toEqual([]);
  });

  test('the schema check does catch a broken manifest and a broken localization', () => {
    const broken = provisioned(manifestText);
    delete broken.name;
    expect(schemaErrors(broken).join('\n')).toMatch(/name/);
    expect(schemaErrors({ ...english, 'bots[0].commandLists[0].commands[40].title': 'x' }).join('\n')).toMatch(/additional/);
  });

  test('a schema that is not bundled is refused rather than fetched from the internet', () => {
    expect(schemaErrors({ ...provisioned(manifestText), $schema: 'https://example.org/teams/v9.99/MicrosoftTeams.schema.json' }).join()).toMatch(
      /not a Teams schema bundled/,
    );
  });
});

describe("the command menu offers exactly what the bot understands, in Danish and English", () => {
  // The bot's own list, as the running bot builds it (nothing is called at construction).
  const commands = botCommands({ useCases: {} as UseCases, aids: [] });
  const router = new CommandRouter(commands);
  const lists = manifest.bots[0].commandLists;
  const understood = (title: string) => router.match(normaliseCommandText(title));

  const entries = lists.flatMap((list, l) =>
    list.commands.map((command, c) => ({
      where: `commandLists[${l}].commands[${c}]`,
      da: command,
      en: {
        title: english[`bots[0].commandLists[${l}].commands[${c}].title`],
        description: english[`bots[0].commandLists[${l}].commands[${c}].description`],
      },
    })),
  );

  test('every menu entry, in Danish and in English, starts the same command of the bot', () => {
    const wrong = entries
      .map(({ where, da, en }) => ({ where, da: da.title, en: en.title, daCommand: understood(da.title)?.command, enCommand: en.title === undefined ? undefined : understood(en.title)?.command }))
      .filter((entry) => !entry.daCommand || !entry.enCommand || entry.daCommand !== entry.enCommand)
      .map(({ where, da, en, daCommand, enCommand }) => ({ where, da, en, daCommand: daCommand?.words[0], enCommand: enCommand?.words[0] }));
    expect(wrong).toEqual([]);
  });

  test('every menu entry has a short title and a description in both languages, within what Teams shows', () => {
    const tooLong = entries.flatMap(({ where, da, en }) =>
      [da, en].flatMap((text, i) => {
        const language = i === 0 ? 'da' : 'en';
        const problems: string[] = [];
        if (!text.title || text.title.length > 32) problems.push(`${where} ${language} title "${text.title}"`);
        if (!text.description || text.description.length > 128) problems.push(`${where} ${language} description (${text.description?.length ?? 0} characters)`);
        return problems;
      }),
    );
    expect(tooLong).toEqual([]);
  });

  test('the English localization translates every menu entry and names nothing the manifest does not have', () => {
    const keys = Object.keys(english).filter((key) => key.startsWith('bots['));
    const expected = entries.flatMap(({ where }) => [`bots[0].${where}.title`, `bots[0].${where}.description`]);
    expect(keys.sort()).toEqual(expected.sort());
  });

  test('the menus offer every command of the bot, as far as Teams allows commands in one menu', () => {
    const personal = lists.find((list) => list.scopes.includes('personal'));
    // A command that works only in a group chat (e.g. fjern tilknytning) is offered there.
    const offered = new Set(lists.flatMap((list) => list.commands.map((command) => understood(command.title)?.command)));
    // Named by their first word: two commands may share a name (e.g. tilknyt and fjern tilknytning).
    const missing = commands.filter((command) => !offered.has(command)).map((command) => command.words[0]);
    const limit: number = schema.properties.bots.items.properties.commandLists.items.properties.commands.maxItems;
    // A command may be left out only when the menu is full.
    const full = (personal?.commands.length ?? 0) >= limit;
    expect({ missing: full ? [] : missing, limit }).toEqual({ missing: [], limit: expect.any(Number) });
  });

  test('every scope of the bot has a menu, and no menu offers the same command twice', () => {
    const scopes = lists.flatMap((list) => list.scopes).sort();
    expect(scopes).toEqual([...manifest.bots[0].scopes].sort());
    for (const list of lists) {
      const offered = list.commands.map((command) => understood(command.title)?.command.words[0]);
      expect(offered).toEqual([...new Set(offered)]);
    }
  });
});

describe('tabs, SSO and meeting permissions', () => {
  const host = 'https://${{BOT_DOMAIN}}/';

  test('the bot is available in personal chats, group chats and teams', () => {
    expect([...manifest.bots[0].scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.bots[0].botId).toBe('${{BOT_ID}}');
  });

  test('the personal app has the bot chat and the tabs Mit forløb and Oversigt, served by the app under /tab', () => {
    const tabs = manifest.staticTabs.filter((tab) => tab.entityId !== 'conversations');
    expect(tabs.map((tab) => [tab.name, english[`staticTabs[${manifest.staticTabs.indexOf(tab)}].name`]])).toEqual([
      ['Mit forløb', 'My programme'],
      ['Oversigt', 'Overview'],
    ]);
    for (const tab of tabs) {
      expect(tab.contentUrl?.startsWith(`${host}tab/`)).toBe(true);
      expect(tab.scopes).toEqual(['personal']);
    }
    expect(manifest.staticTabs[0].entityId).toBe('conversations');
  });

  test('the configurable tab can be added to group chats, teams and meetings (side panel, meeting chat, details)', () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    const [tab] = manifest.configurableTabs;
    expect(tab.configurationUrl).toBe(`${host}tab/config`);
    expect([...tab.scopes].sort()).toEqual(['groupChat', 'team']);
    expect(tab.context).toEqual(expect.arrayContaining(['meetingSidePanel', 'meetingChatTab', 'meetingDetailsTab', 'privateChatTab', 'channelTab']));
    expect(tab.meetingSurfaces).toEqual(['sidePanel']);
  });

  test('every address the manifest opens is on a valid domain, and that domain is the app itself', () => {
    expect(manifest.validDomains).toEqual(['${{BOT_DOMAIN}}']);
    const urls = [
      ...manifest.staticTabs.flatMap((tab) => [tab.contentUrl, tab.websiteUrl]),
      ...manifest.configurableTabs.map((tab) => tab.configurationUrl),
    ].filter((url): url is string => url !== undefined);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    expect(urls.filter((url) => !url.startsWith(host))).toEqual([]);
  });

  test("SSO points at the tab's own Entra app (not the bot's managed identity), with its api:// Application ID URI", () => {
    expect(manifest.webApplicationInfo).toEqual({ id: '${{TAB_APP_CLIENT_ID}}', resource: 'api://${{BOT_DOMAIN}}/${{TAB_APP_CLIENT_ID}}' });
    const entra = JSON.parse(readText('infra/entra/tab.aad.manifest.json'));
    expect(entra.appId).toBe(manifest.webApplicationInfo.id);
    expect(entra.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
  });

  test('the meeting start and end events are covered by resource-specific permissions', () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application' },
      { name: 'ChannelMeeting.ReadBasic.Group', type: 'Application' },
    ]);
  });

  test('Danish is the default language and every text the manifest shows has an English version', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('da');
    for (const key of ['name.short', 'name.full', 'description.short', 'description.full']) expect(english[key]).toBeTruthy();
  });

  test('the descriptions speak the programme’s words: godkende and aftale in Danish, leader trainee in English', () => {
    // Command titles and the examples after "fx"/"e.g." are what people type ("book" is a command word);
    // the prose around them is checked.
    const prose = (text: string) => text.replace(/\b(fx|e\.g\.) .*$/, '');
    const danish = [...manifestText.matchAll(/"(?:full|short|description|name)": "([^"]*)"/g)].map((match) => prose(match[1]));
    const englishProse = Object.entries(english).filter(([key]) => !key.endsWith('.title') && key !== '$schema').map(([, text]) => prose(text));
    const wrongDanish = [/accept/i, /\bbook/i, /\bholdt\b/i, /løbende opfølgning/i, /etårig/i, /\btrainee/i, /\bchef/i, /HR-partner/i];
    const wrongEnglish = [/accept/i, /one-year/i, /(?<!leader[ -])\btrainee/i, /HR partner/i];
    expect(danish.length).toBeGreaterThan(10);
    expect(danish.filter((text) => wrongDanish.some((word) => word.test(text)))).toEqual([]);
    expect(englishProse.filter((text) => wrongEnglish.some((word) => word.test(text)))).toEqual([]);
  });
});

describe('the icons are made by the project and follow Teams’ rules', () => {
  const png = (file: string) => PNG.sync.read(readFileSync(path.join(ROOT, 'appPackage', file)));

  test('the colour icon is 192×192 and fully opaque', () => {
    const color = png(manifest.icons.color);
    expect([color.width, color.height]).toEqual([192, 192]);
    const alphas = new Set<number>();
    for (let i = 3; i < color.data.length; i += 4) alphas.add(color.data[i]);
    expect([...alphas]).toEqual([255]);
  });

  test('the outline icon is 32×32, white on transparent, and draws something', () => {
    const outline = png(manifest.icons.outline);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    let opaque = 0;
    let notWhite = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r !== 255 || g !== 255 || b !== 255) notWhite++;
      if (a === 255) opaque++;
    }
    expect(notWhite).toBe(0);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
    expect(opaque).toBeGreaterThan(32 * 32 * 0.1);
  });

  test('the committed icons are exactly what appPackage/scripts/makeIcons.mjs draws', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ledertrainee-icons-'));
    try {
      const result = spawnSync(process.execPath, [path.join(ROOT, 'appPackage/scripts/makeIcons.mjs'), out], { encoding: 'utf8', timeout: 30_000 });
      expect(result.status).toBe(0);
      for (const icon of [manifest.icons.color, manifest.icons.outline]) {
        expect(readFileSync(path.join(out, icon)).equals(readFileSync(path.join(ROOT, 'appPackage', icon)))).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
