/**
 * The status card's texts, beside status.json: each of a person's programmes with its phase, next
 * conversation and next steps, and the buttons for the steps that can be taken right there.
 */
import { FIELD_LABELS } from '../domain/labels';
import { PROGRAMME_TAB_NAME } from './helpTexts';

export const STATUS_TEXTS = {
  title: { da: 'Dine forløb', en: 'Your programmes' },
  none: { da: 'Du er ikke med i et ledertraineeforløb endnu.', en: 'You are not part of a leader-trainee programme yet.' },
  role: { da: 'Din rolle', en: 'Your role' },
  phase: FIELD_LABELS.phase,
  nextConversation: { da: 'Næste samtale', en: 'Next conversation' },
  noNextConversation: { da: 'Intet tidspunkt aftalt', en: 'No time agreed' },
  dueHeading: { da: 'Mangler før næste fase', en: 'Missing before the next phase' },
  waitingHeading: { da: 'Venter på dig', en: 'Waiting for you' },
  nothingWaiting: { da: 'Intet lige nu.', en: 'Nothing right now.' },
  /** After the phase of a closed programme, in brackets. */
  closed: FIELD_LABELS.closedAt,
  /** The phase shown for a nomination HR declined. */
  declined: { da: 'Indstillingen blev afvist', en: 'The nomination was declined' },
  more: ({ count }: { count: number }) => ({
    da: `… og ${count} forløb mere. Se dem alle under fanen ${PROGRAMME_TAB_NAME.da}.`,
    en: `… and ${count} more programmes. See them all in the ${PROGRAMME_TAB_NAME.en} tab.`,
  }),
  /** Buttons for what waits for the person, by the code of the waiting step. */
  buttons: {
    takePersonalityTest: { da: 'Jeg har taget persontesten', en: 'I have taken the personality test' },
    givePersonalityFeedback: { da: 'Feedback er givet', en: 'Feedback given' },
  },
};
