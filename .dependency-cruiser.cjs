// The layer rule of bot/src, checked on every `npm test`: dependencies point inward.
//   domain       ← application ← teams / api (edges) ← index.ts / app.ts (composition root)
//   storage and scheduling implement the domain's and application's ports; cards are views the edges render.
//
// Every rule below is an allow-list: "from this part of bot/src, anything NOT in this list is an error"
// (`to.pathNot`, plus `to.dependencyTypesNot` where npm packages or Node built-ins are allowed). So a
// new import, package or folder is refused until someone writes down that it belongs there. Every file
// in bot/src except app.ts (the composition root, which wires everything) falls under one of them:
// the named layers, index.ts/config.ts/logger.ts, and two catch-alls for folders and root files that
// no rule names yet (today: http/).

// Inner ring: the parts every edge may use. Everything else in bot/src is reached only through app.ts.
const INNER = '^bot/src/(domain|application|cards)/';
// Folders that have a rule of their own; any other folder falls under `unlisted-folder-keeps-to-itself`.
const NAMED_FOLDERS = '^bot/src/(domain|application|cards|storage|scheduling|teams|api|demo)/';
// Packages from package.json "dependencies" (not devDependencies: those are not installed in production)
// and Node built-ins — what an adapter may use to talk to the world.
const RUNTIME_PACKAGES_AND_BUILTINS = ['npm', 'core'];

module.exports = {
  forbidden: [
    // ── Outward: what each part may import ────────────────────────────────────────────────────────
    {
      name: 'domain-imports-only-domain',
      comment:
        'The domain is the programme itself: no frameworks, no I/O, no outer layer, no Node built-ins. ' +
        'luxon (dates in Europe/Copenhagen) is its one package.',
      severity: 'error',
      from: { path: '^bot/src/domain/' },
      to: { pathNot: ['^bot/src/domain/', '^node_modules/(@types/)?luxon/'] },
    },
    {
      name: 'application-imports-only-domain',
      comment:
        'Use cases speak through ports (domain/ports.ts, application/ports.ts); adapters and frameworks ' +
        'are wired in by the composition root. No npm package, no Node built-in.',
      severity: 'error',
      from: { path: '^bot/src/application/' },
      to: { pathNot: ['^bot/src/(application|domain)/'] },
    },
    {
      name: 'cards-import-only-cards-domain-and-templating',
      comment:
        'Cards are views: templates, their view models and texts. They may name domain types and errors, ' +
        'and expand templates with adaptivecards-templating; they do not talk to Teams or storage.',
      severity: 'error',
      from: { path: '^bot/src/cards/' },
      to: { pathNot: ['^bot/src/(cards|domain)/', '^node_modules/(@types/)?adaptivecards-templating/'] },
    },
    {
      name: 'teams-imports-only-use-cases-cards-and-domain',
      comment:
        'The bot is an edge: it calls use cases and renders cards (domain for its types and errors). ' +
        'Never storage, never the tab API, never the composition root or config.',
      severity: 'error',
      from: { path: '^bot/src/teams/' },
      to: {
        pathNot: ['^bot/src/(teams|application|cards|domain)/'],
        dependencyTypesNot: RUNTIME_PACKAGES_AND_BUILTINS,
      },
    },
    {
      name: 'api-imports-only-use-cases-cards-and-domain',
      comment:
        'The tab API is the other edge: same diet as the bot. Never storage, never the bot, never the ' +
        'composition root or config.',
      severity: 'error',
      from: { path: '^bot/src/api/' },
      to: {
        pathNot: ['^bot/src/(api|application|cards|domain)/'],
        dependencyTypesNot: RUNTIME_PACKAGES_AND_BUILTINS,
      },
    },
    {
      name: 'storage-imports-only-domain-and-ports',
      comment:
        'Storage is an adapter: it implements the ports of domain/ports.ts and application/ports.ts with ' +
        '@azure/data-tables. It knows nothing of use cases, edges or cards.',
      severity: 'error',
      from: { path: '^bot/src/storage/' },
      to: {
        pathNot: ['^bot/src/(storage|domain)/', '^bot/src/application/ports\\.ts$'],
        dependencyTypesNot: RUNTIME_PACKAGES_AND_BUILTINS,
      },
    },
    {
      name: 'scheduling-imports-only-domain-and-ports',
      comment:
        'scheduling/ holds the scheduler port\'s adapters (the built-in calendar: slots, .ics files, ' +
        'signed download links; Microsoft Graph, whose client also makes the programme\'s group chat). Like ' +
        'storage it implements ports: its own ' +
        'folder, domain/, application/ports.ts, npm dependencies and Node built-ins. Only app.ts wires it.',
      severity: 'error',
      from: { path: '^bot/src/scheduling/' },
      to: {
        pathNot: ['^bot/src/(scheduling|domain)/', '^bot/src/application/ports\\.ts$'],
        dependencyTypesNot: RUNTIME_PACKAGES_AND_BUILTINS,
      },
    },
    {
      name: 'demo-imports-only-domain',
      comment: 'The demo seed builds programmes with the domain and stores them through its ports.',
      severity: 'error',
      from: { path: '^bot/src/demo/' },
      to: { pathNot: ['^bot/src/(demo|domain)/'] },
    },
    {
      name: 'index-imports-only-app-config-and-logger',
      comment: 'The entry point reads the config, makes the logger and starts the app; nothing else.',
      severity: 'error',
      from: { path: '^bot/src/index\\.ts$' },
      to: {
        pathNot: ['^bot/src/(app|config|logger)\\.ts$'],
        dependencyTypesNot: RUNTIME_PACKAGES_AND_BUILTINS,
      },
    },
    {
      name: 'config-imports-nothing-of-ours',
      comment: 'config.ts reads and validates process.env (zod); it depends on no other part of the bot.',
      severity: 'error',
      from: { path: '^bot/src/config\\.ts$' },
      to: { dependencyTypesNot: RUNTIME_PACKAGES_AND_BUILTINS },
    },
    {
      name: 'logger-imports-only-config',
      comment: 'logger.ts makes the pino logger from the config (its level and mode).',
      severity: 'error',
      from: { path: '^bot/src/logger\\.ts$' },
      to: { pathNot: ['^bot/src/config\\.ts$'], dependencyTypesNot: RUNTIME_PACKAGES_AND_BUILTINS },
    },
    {
      name: 'unlisted-folder-keeps-to-itself',
      comment:
        'A folder no rule names (http/ today) may use its own files, npm ' +
        'dependencies and Node built-ins, and nothing else of bot/src, until a rule of its own says what ' +
        'it may reach. Add that rule above and the folder to NAMED_FOLDERS.',
      severity: 'error',
      from: { path: '^bot/src/([^/]+)/', pathNot: NAMED_FOLDERS },
      to: { pathNot: ['^bot/src/$1/'], dependencyTypesNot: RUNTIME_PACKAGES_AND_BUILTINS },
    },
    {
      name: 'unlisted-root-file-keeps-to-itself',
      comment:
        'A new file directly in bot/src (beside app.ts) may use npm dependencies and Node built-ins only, ' +
        'until a rule of its own says more.',
      severity: 'error',
      from: { path: '^bot/src/[^/]+$', pathNot: '^bot/src/(app|index|config|logger)\\.ts$' },
      to: { dependencyTypesNot: RUNTIME_PACKAGES_AND_BUILTINS },
    },

    {
      name: 'api-contract-imports-only-zod',
      comment:
        'The tab API\'s contract (bot/src/api/contract/) is bundled into the browser: it holds zod schemas ' +
        'and route names, and imports nothing but zod and its own files — no Node built-in, and of the ' +
        'domain only the two files that name things for users: domain/labels.ts (the labels of phases, ' +
        'roles, kinds, statuses and fields, pure data with type-only imports) and domain/localizedText.ts ' +
        '(the shape of a text). The tab shows the same words as the bot; a copy in the tab would drift.',
      severity: 'error',
      from: { path: '^bot/src/api/contract/' },
      to: {
        pathNot: ['^bot/src/api/contract/', '^node_modules/zod/', '^bot/src/domain/(labels|localizedText)\\.ts$'],
      },
    },
    {
      name: 'labels-reach-the-browser-without-code',
      comment:
        'domain/labels.ts and domain/localizedText.ts travel to the browser through the contract, so they ' +
        'import types only (erased when bundled): no domain logic, no luxon in the tab\'s bundle.',
      severity: 'error',
      from: { path: '^bot/src/domain/(labels|localizedText)\\.ts$' },
      to: { dependencyTypesNot: ['type-only'] },
    },

    {
      name: 'tab-imports-only-the-contract',
      comment:
        'The Teams tab (tab/src) runs in the browser and knows the server only through the API contract ' +
        '(bot/src/api/contract…: the zod schemas of requests and responses). Its own files and its npm ' +
        'packages, nothing else of bot/, no Node built-ins.',
      severity: 'error',
      from: { path: '^tab/src/' },
      to: { pathNot: ['^tab/src/', '^bot/src/api/contract', '^(tab/)?node_modules/'] },
    },

    // ── Inward: who may import what ───────────────────────────────────────────────────────────────
    // These repeat, from the other side, what the lists above already imply; they name the intent, so a
    // later rule that opens one layer up too widely still meets them.
    {
      name: 'only-the-composition-root-wires-adapters',
      comment:
        'Only app.ts reaches into storage/, scheduling/, teams/, api/, demo/ and any folder the inner ring does not ' +
        'contain (http/, …); a folder may use its own files. domain/, application/ and cards/ are the inner ' +
        'ring the lists above hand out.',
      severity: 'error',
      from: { path: '^bot/src/([^/]+)', pathNot: '^bot/src/app\\.ts$' },
      to: { path: '^bot/src/[^/]+/', pathNot: [INNER, '^bot/src/$1/'] },
    },
    {
      name: 'only-index-starts-the-app',
      severity: 'error',
      from: { path: '^bot/src/', pathNot: '^bot/src/index\\.ts$' },
      to: { path: '^bot/src/app\\.ts$' },
    },
    {
      name: 'only-the-root-reads-config',
      comment:
        'Everything else receives typed settings from app.ts. logger.ts reads it too: the log level and ' +
        'mode are configuration.',
      severity: 'error',
      from: { path: '^bot/src/', pathNot: '^bot/src/(app|index|logger)\\.ts$' },
      to: { path: '^bot/src/config\\.ts$' },
    },
    {
      name: 'only-the-root-makes-the-logger',
      comment:
        'The edges log through the small Logger interface of teams/logger.ts; app.ts passes them pino.',
      severity: 'error',
      from: { path: '^bot/src/', pathNot: '^bot/src/(app|index)\\.ts$' },
      to: { path: '^bot/src/logger\\.ts$' },
    },

    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // No `exclude`: imported JSON (the card templates, package.json in app.ts) is a dependency like any
    // other, so a layer cannot reach past the rules by importing another layer's .json.
  },
};
