/** The Teams layer as the composition root sees it. */
export { registerBotEndpoint, MESSAGES_PATH } from './endpoint';
export type { BotEndpoint, BotEndpointDeps } from './endpoint';
export { createAdapter, isLocalMode, LedertraineeAdapter } from './adapter';
export type { BotAuthOptions } from './adapter';
export { actingPersonOf, LOCAL_CHANNEL_POLICY } from './actingPerson';
export type { ActingPerson, ChannelPolicy } from './actingPerson';
export { LedertraineeBot } from './bot';
export type { BotDeps } from './bot';
export type { Logger } from './logger';
export { createProactiveNotifier } from './proactiveNotifier';
export type { NotifierDeps } from './proactiveNotifier';
