import { languageOf } from '../../bot/src/cards';
import { inLanguage } from '../../bot/src/domain/localizedText';
import { BOT_MESSAGE_TEXTS } from '../../bot/src/teams/botMessageTexts';

const fallbackText = (language: 'da' | 'en') => inLanguage(BOT_MESSAGE_TEXTS, language).fallback;
const turnErrorText = (language: 'da' | 'en') => inLanguage(BOT_MESSAGE_TEXTS, language).turnError;

describe('short answers and the choice of language', () => {
  it('points a user who typed something unknown to "hjælp", in Danish', () => {
    expect(fallbackText('da')).toBe('Det forstod jeg desværre ikke. Skriv **hjælp**, så viser jeg, hvad jeg kan.');
  });

  it('points an English-speaking user to "help"', () => {
    expect(fallbackText('en')).toBe("Sorry, I didn't understand that. Type **help** to see what I can do.");
  });

  it('apologises when something went wrong, in both languages', () => {
    expect(turnErrorText('da')).toMatch(/^Beklager, der gik noget galt/);
    expect(turnErrorText('en')).toMatch(/^Sorry, something went wrong/);
  });

  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['da-DK', 'da'],
    ['de-DE', 'da'],
    ['', 'da'],
    [undefined, 'da'],
  ])('answers a Teams client with locale %p in %p', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});
