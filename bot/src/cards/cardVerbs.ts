/**
 * The verbs our card buttons send back. Cards put them on buttons; the bot's card-action registry
 * routes them. One list, so a button and its handler cannot drift apart.
 */
export const CARD_VERBS = {
  personalityTestTaken: 'personalityTest.taken',
  personalityFeedbackGiven: 'personalityTest.feedbackGiven',
} as const;

export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];
