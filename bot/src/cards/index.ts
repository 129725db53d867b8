/** What the edges (bot, tab API) use from the cards: render functions, view models and texts. */
export { ADAPTIVE_CARD_CONTENT_TYPE } from './adaptiveCard';
export type { AdaptiveCard } from './adaptiveCard';
export type { AidLink } from './aids';
export { languageOf } from './language';
export type { Language } from './language';
export { fallbackText, storageUnavailableText, turnErrorText } from './messages';
export { textsFor } from './texts';
export type { CommandName } from './texts';
export { renderHelpCard } from './helpCard';
export type { HelpCardViewModel } from './helpCard';
export { renderWelcomeCard } from './welcomeCard';
export { renderStatusCard, MAX_PROGRAMMES_ON_CARD } from './statusCard';
export type { StatusCardViewModel, ProgrammeStatusView } from './statusCard';
export type { WelcomeCardViewModel } from './welcomeCard';
export { CARD_VERBS } from './cardVerbs';
export type { CardVerb } from './cardVerbs';
