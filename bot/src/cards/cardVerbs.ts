/**
 * The verbs our card buttons send back. Cards put them on buttons; the bot's card-action registry
 * routes them. One list, so a button and its handler cannot drift apart.
 */
export const CARD_VERBS = {
  personalityTestTaken: 'personalityTest.taken',
  personalityFeedbackGiven: 'personalityTest.feedbackGiven',
  // Booking: choose which programme's conversation, book a proposed time, move, cancel.
  bookingChoose: 'booking.choose',
  bookingBook: 'booking.book',
  bookingMove: 'booking.move',
  bookingCancel: 'booking.cancel',
  nominationSearch: 'nomination.search',
  nominationSubmit: 'nomination.submit',
  nominationAccept: 'nomination.accept',
  nominationAsk: 'nomination.ask',
  nominationDecline: 'nomination.decline',
  nominationAnswer: 'nomination.answer',
  departmentHrAdd: 'departmentHr.add',
  departmentHrRemove: 'departmentHr.remove',
  takeOffCreate: 'takeOff.create',
  takeOffRegister: 'takeOff.register',
} as const;

export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];
