/** The Teams layer as the composition root sees it. */
export { registerBotEndpoint, MESSAGES_PATH } from './endpoint';
export type { BotEndpoint, BotEndpointDeps } from './endpoint';
export { createAdapter, isLocalMode } from './adapter';
export type { BotAuthOptions } from './adapter';
export { LedertraineeBot } from './bot';
export type { BotDeps } from './bot';
export type { Logger } from './logger';
