/**
 * The names of the programme's things (phases, roles, conversation kinds, building blocks, statuses,
 * the fields of every form), as the domain writes them once. The tab shows the same words as the bot
 * and its cards, so it takes them from here rather than keeping copies that drift apart.
 *
 * The two domain files are pure data and types (labels.ts imports only types, erased when bundled),
 * which is why the contract, otherwise zod and its own files, may pass them on to the browser.
 */
export * from '../../domain/labels';
export type { InLanguage, Locale, LocalizedTemplate } from '../../domain/localizedText';
