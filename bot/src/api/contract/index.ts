/**
 * The tab API's contract: every request and response of /api/v1 as zod schemas, with their
 * TypeScript types. The server validates with them; the tab takes its types (and may validate)
 * from here. Nothing in this folder imports anything but zod and its own files, except the domain's
 * labels (labels.ts), which the tab shows as the bot does.
 */
export * from './common';
export * from './programme';
export * from './people';
export * from './overview';
export * from './agreementEdits';
export * from './conversationTemplate';
export * from './routes';
export * from './labels';
