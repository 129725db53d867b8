// The layer rule of bot/src, checked on every `npm test`: dependencies point inward.
//   domain       ← application ← teams / api (edges) ← index.ts / app.ts (composition root)
//   storage implements the domain's and application's ports; cards are views the edges render.
const FRAMEWORKS = '^(botbuilder|botbuilder-.*|botframework-.*|restify|@azure/.*|adaptivecards-templating|adaptive-expressions|pino|zod|@microsoft/.*)$';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain is the programme itself: no frameworks, no I/O, no outer layer.',
      severity: 'error',
      from: { path: '^bot/src/domain/' },
      to: {
        pathNot: ['^bot/src/domain/', '^node_modules/luxon/', '^node_modules/@types/luxon/'],
      },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      from: { path: '^bot/src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'application-uses-only-domain',
      comment: 'Use cases speak through ports; adapters are wired in by the composition root.',
      severity: 'error',
      from: { path: '^bot/src/application/' },
      to: { path: ['^bot/src/(storage|teams|api|cards)/', '^bot/src/(config|index|app)\\.ts$'] },
    },
    {
      name: 'application-no-frameworks',
      severity: 'error',
      from: { path: '^bot/src/application/' },
      to: { dependencyTypes: ['npm', 'npm-dev'], path: FRAMEWORKS },
    },
    {
      name: 'storage-is-an-adapter',
      severity: 'error',
      from: { path: '^bot/src/storage/' },
      to: { path: ['^bot/src/(teams|api|cards)/', '^bot/src/(index|app)\\.ts$'] },
    },
    {
      name: 'cards-are-views',
      severity: 'error',
      from: { path: '^bot/src/cards/' },
      to: { path: ['^bot/src/(storage|teams|api)/', '^bot/src/(index|app)\\.ts$'] },
    },
    {
      name: 'edges-do-not-touch-storage',
      comment: 'Bot handlers and tab routes call use cases; only the composition root knows storage.',
      severity: 'error',
      from: { path: '^bot/src/(teams|api)/' },
      to: { path: ['^bot/src/storage/', '^bot/src/(index|app)\\.ts$'] },
    },
    {
      name: 'bot-and-api-are-separate-edges',
      severity: 'error',
      from: { path: '^bot/src/(teams|api)/' },
      to: { path: '^bot/src/(teams|api)/', pathNot: '^bot/src/$1/' },
    },
    {
      name: 'demo-speaks-through-ports',
      comment: 'The demo seed builds programmes with the domain and stores them through its ports.',
      severity: 'error',
      from: { path: '^bot/src/demo/' },
      to: { path: ['^bot/src/(storage|teams|api|cards)/', '^bot/src/(index|app)\\.ts$'] },
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
    exclude: { path: '\\.json$' },
  },
};
