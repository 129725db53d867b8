// Limits count characters as a person sees them (grapheme clusters), not UTF-16 code units; ids
// refuse what storage could not read back.
import { ValidationError } from '../../bot/src/domain/errors';
import { Programme } from '../../bot/src/domain/programme';
import { MAX_ID, MAX_TEXT, characterCount, checkId, checkText } from '../../bot/src/domain/validation';
import { GOAL_1, LEADER, TRAINEE, agreementDrafted, day, expectError, expectRefused, nominationInput } from './builders';

const THUMB = '👍🏽'; // 4 code units: thumbs up + skin tone
const FAMILY = '👨‍👩‍👧‍👦'; // 11 code units: four people joined by zero-width joiners
const FLAG = '🇩🇰'; // 4 code units: two regional indicators
const E_ACUTE = 'e\u0301'; // 2 code units: e + combining acute accent
const KISS = '👩🏻‍❤️‍💋‍👨🏼'; // 15 code units, one of the longest standard emoji

describe('limits count characters as a person sees them', () => {
  it('counts an emoji with a skin tone, a family, a flag and an accented letter as one character each', () => {
    expect(characterCount(`${THUMB}${FAMILY}${FLAG}${E_ACUTE}${KISS}a`)).toBe(6);
    expect(characterCount('')).toBe(0);
  });

  it('1,500 emoji — with skin tones, families and flags — are accepted in a field of 2000 characters', () => {
    const mixed = Array.from({ length: 1500 }, (_, i) => [THUMB, FAMILY, FLAG, KISS][i % 4]).join('');
    expect(mixed.length).toBeGreaterThan(MAX_TEXT * 4);

    expect(checkText(mixed, 'reason', MAX_TEXT, true)).toBe(mixed);
    expect(checkText(FAMILY.repeat(1500), 'reason', MAX_TEXT, true)).toHaveLength(16_500);
  });

  it('a nomination reason of 1,500 emoji is accepted, not refused as "more than 2000 characters"', () => {
    const reason = THUMB.repeat(1500);

    const p = Programme.nominate(nominationInput({ reason }), day(0), LEADER.id);

    expect(p.nominationReason).toBe(reason);
  });

  it('2,001 characters are refused, however few code units or many they take', () => {
    for (const text of ['æ'.repeat(2001), THUMB.repeat(2001), E_ACUTE.repeat(2001)]) {
      expectError(() => checkText(text, 'reason', MAX_TEXT, true), ValidationError, 'tooLong', 'reason');
    }
    expect(checkText(E_ACUTE.repeat(2000), 'reason', MAX_TEXT, true)).toHaveLength(4000);
  });

  it('a learning goal of 500 flags fits the 500-character limit; 501 do not', () => {
    const p = agreementDrafted();
    p.updateGoal(GOAL_1, { text: FLAG.repeat(500) }, day(20), TRAINEE.id);
    expect(p.currentAgreement()!.goals[0].text).toBe(FLAG.repeat(500));

    const error = expectRefused(p, (x) => x.updateGoal(GOAL_1, { text: FLAG.repeat(501) }, day(20), TRAINEE.id), ValidationError, 'tooLong', 'text');
    expect(error.text.da).toBe('»Læringsmål« må højst være 500 tegn.');
  });

  it('the text a person sees is what is stored: surrounding spaces are trimmed before counting', () => {
    expect(checkText(`  ${'ø'.repeat(10)}  `, 'reason', 10, true)).toBe('ø'.repeat(10));
  });

  it('one "character" carrying thousands of combining marks is refused, so it cannot smuggle a huge text into storage', () => {
    const zalgo = `a${'\u0301'.repeat(40_000)}`;
    expect(characterCount(zalgo)).toBe(1);
    expectError(() => checkText(zalgo, 'reason', MAX_TEXT, true), ValidationError, 'tooLong', 'reason');
  });
});

describe('ids that storage can always read back', () => {
  it.each([
    ['a lone high surrogate', '\uD800'],
    ['a lone low surrogate', 'abc\uDC00'],
    ['a high surrogate at the end', 'abc\uD83D'],
    ['a control character', 'a\u0000b'],
    ['an empty id', ''],
    ['an id longer than MAX_ID', 'x'.repeat(MAX_ID + 1)],
  ])('an id with %s is refused', (_, id) => {
    expectError(() => checkId(id, 'id'), ValidationError, 'invalidId', 'id');
  });

  it('ids with emoji, Danish letters and the characters storage escapes are fine', () => {
    for (const id of ['🚀 take-off 👩🏽‍💼', 'Ærø/æblegrød#1?', 'x'.repeat(MAX_ID)]) expect(checkId(id, 'id')).toBe(id);
  });

  it('a nomination with a trainee id holding a lone surrogate is refused before anything is stored', () => {
    expectError(
      () => Programme.nominate(nominationInput({ trainee: { id: 'tina-\uD800', name: 'Tina' } }), day(0), LEADER.id),
      ValidationError,
      'invalidId',
      'trainee.id',
    );
  });
});
