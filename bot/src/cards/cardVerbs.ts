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
  // The joint start-up meeting: find times for the chosen programmes, book one of them for all.
  jointStartupPropose: 'jointStartup.propose',
  jointStartupBook: 'jointStartup.book',
  nominationSearch: 'nomination.search',
  nominationSubmit: 'nomination.submit',
  nominationAccept: 'nomination.accept',
  nominationAsk: 'nomination.ask',
  nominationDecline: 'nomination.decline',
  nominationAnswer: 'nomination.answer',
  departmentHrAdd: 'departmentHr.add',
  departmentHrRemove: 'departmentHr.remove',
  // The conversation cards (refresh renders them by the view 'conversation'): save the draft, document; show one as a new message.
  conversationShow: 'conversation.show',
  conversationSaveDraft: 'conversation.saveDraft',
  conversationDocument: 'conversation.document',
  takeOffCreate: 'takeOff.create',
  takeOffRegister: 'takeOff.register',
  // The programme's chat: bind the group chat the button is in; have the app create one (Graph).
  programmeChatBind: 'programmeChat.bind',
  programmeChatCreate: 'programmeChat.create',
} as const;

export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];
