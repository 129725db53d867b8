// One term for one thing (DESIGN §5), in every text a user reads: the cards' catalogues, the bot's
// messages, the tab's texts. Texts with parameters are read with stand-in values.
import { AGREEMENT_TEXTS } from '../../bot/src/cards/agreementTexts';
import { AID_TEXTS } from '../../bot/src/cards/aidTexts';
import { BOOKING_TEXTS } from '../../bot/src/cards/bookingTexts';
import { CONVERSATION_TEXTS } from '../../bot/src/cards/conversationTexts';
import { HELP_TEXTS } from '../../bot/src/cards/helpTexts';
import { JOINT_STARTUP_TEXTS } from '../../bot/src/cards/jointStartupTexts';
import { MEETING_ENDED_TEXTS } from '../../bot/src/cards/meetingEndedTexts';
import { NOMINATION_TEXTS } from '../../bot/src/cards/nominationTexts';
import { PROGRAMME_CHAT_TEXTS } from '../../bot/src/cards/programmeChatTexts';
import { PROGRAMME_FEEDBACK_TEXTS } from '../../bot/src/cards/programmeFeedbackTexts';
import { STATUS_TEXTS } from '../../bot/src/cards/statusTexts';
import { TAKE_OFF_TEXTS } from '../../bot/src/cards/takeOffTexts';
import { UNIVERSAL_ACTION_TEXTS } from '../../bot/src/cards/universalActionTexts';
import { WELCOME_TEXTS } from '../../bot/src/cards/welcomeTexts';
import { isLocalizedText, LocalizedText } from '../../bot/src/domain/localizedText';
import { BOT_MESSAGE_TEXTS } from '../../bot/src/teams/botMessageTexts';
import { TAB_TEXTS } from '../../tab/src/i18n/texts';

const CATALOGUES: Record<string, object> = {
  AGREEMENT_TEXTS, AID_TEXTS, BOOKING_TEXTS, CONVERSATION_TEXTS, HELP_TEXTS, JOINT_STARTUP_TEXTS, MEETING_ENDED_TEXTS,
  NOMINATION_TEXTS, PROGRAMME_CHAT_TEXTS, PROGRAMME_FEEDBACK_TEXTS, STATUS_TEXTS, TAKE_OFF_TEXTS, UNIVERSAL_ACTION_TEXTS,
  WELCOME_TEXTS, BOT_MESSAGE_TEXTS, TAB_TEXTS,
};

// A value for any parameter: a name, a number, a list, a text in both languages — whatever is asked of it.
const anything: any = new Proxy(function () {}, {
  get: (_target, key) => (key === Symbol.toPrimitive ? () => 'X' : key === 'length' ? 1 : anything),
  apply: () => anything,
});

/** Every text of a catalogue, at its path. */
function textsOf(value: unknown, path: string, out: { path: string; text: LocalizedText }[] = []): typeof out {
  if (isLocalizedText(value)) out.push({ path, text: value });
  else if (typeof value === 'function') {
    let made: unknown;
    try {
      made = (value as (p: unknown) => unknown)(anything);
    } catch {
      return out; // a template that needs real values; its words are read where it is tested
    }
    textsOf(made, `${path}()`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) textsOf(entry, `${path}.${key}`, out);
  }
  return out;
}

/** Command words and button-like bold commands (`**book**`) are the bot's vocabulary, not prose. */
const prose = (text: string) => text.replace(/\*\*[^*]+\*\*/g, '').replace(/`[^`]+`/g, '');

const ALL = Object.entries(CATALOGUES).flatMap(([name, catalogue]) => textsOf(catalogue, name)).filter(({ path }) => !/\.(word|command)$/.test(path));

test('the catalogues hold texts to check (the walk finds them)', () => {
  expect(ALL.length).toBeGreaterThan(400);
});

test.each([
  ['godkende, never acceptere', /accepter/i, 'da'],
  ['afholdt, never holdt, for a meeting', /\bholdt\b/i, 'da'],
  ['the period is agreed, never etårig', /etårig/i, 'da'],
  ['referat af opfølgningsmødet, never løbende opfølgning', /løbende opfølgning/i, 'da'],
  ['prose agrees on a time; book is a command word only', /\bbook/i, 'da'],
  ['the seed’s roles, never chef or HR-partner', /\bchef\b|HR-partner/i, 'da'],
  ['approve, never accept', /\baccept/i, 'en'],
  ['agree on a time in English prose too', /\bbook/i, 'en'],
  ['the period is agreed, never one-year', /one-year|one year programme/i, 'en'],
] as const)('every text says %s', (_rule, wrong, language) => {
  const offenders = ALL.filter(({ text }) => wrong.test(prose(text[language]))).map(({ path, text }) => `${path}: ${text[language]}`);
  expect(offenders).toEqual([]);
});
