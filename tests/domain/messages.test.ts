import { DomainError, ValidationError } from '../../bot/src/domain/errors';
import { LocalizedText } from '../../bot/src/domain/localizedText';
import { MESSAGES, invalid, message, ruleViolation } from '../../bot/src/domain/messages';
import {
  AGREEMENT_STATUS_LABELS,
  BLOCK_KIND_LABELS,
  BLOCK_STATUS_LABELS,
  CONVERSATION_KIND_LABELS,
  CONVERSATION_STATUS_LABELS,
  FIELD_LABELS,
  PHASE_LABELS,
  PRACTICE_FORM_LABELS,
  PRACTICE_REACH_LABELS,
  PRACTICE_TYPE_LABELS,
  ROLE_LABELS,
  fieldLabel,
} from '../../bot/src/domain/labels';
import { PHASE_EFFECTS } from '../../bot/src/domain/phaseGuide';
import { expectBothLanguages } from './builders';

// Parameters that fit every parameterised message, to render each one.
const SAMPLE = {
  allowed: ['startup', 'development'],
  current: 'nomination',
  kind: 'midway',
  status: 'held',
  from: 'planned',
  to: 'done',
  field: 'motivation',
  max: 10,
  min: 1,
  later: 'Praksis B',
  laterComplexity: 1,
  earlier: 'Praksis A',
  earlierComplexity: 3,
  start: '2025-02-03T09:00:00.000Z',
  programme: 'programme-1',
  name: 'Jonas Berg',
  department: 'Sundhed og Omsorg',
  reason: { da: 'Fasehistorikken passer ikke.', en: 'The phase history does not fit.' },
  earliest: '2025-02-03',
  latest: '2025-05-03',
  count: 3,
};

function render(entry: LocalizedText | ((p: never) => LocalizedText)): LocalizedText {
  return typeof entry === 'function' ? (entry as (p: typeof SAMPLE) => LocalizedText)(SAMPLE) : entry;
}

describe('the message catalogue', () => {
  it.each(Object.keys(MESSAGES))('%s has a Danish and an English text', (code) => {
    const text = render(MESSAGES[code as keyof typeof MESSAGES]);
    expectBothLanguages(text);
    expect(text.da).not.toMatch(/undefined|\[object/);
    expect(text.en).not.toMatch(/undefined|\[object/);
  });

  it('every label exists in Danish and English', () => {
    for (const labels of [PHASE_LABELS, ROLE_LABELS, CONVERSATION_KIND_LABELS, CONVERSATION_STATUS_LABELS, BLOCK_KIND_LABELS, BLOCK_STATUS_LABELS]) {
      for (const label of Object.values(labels) as LocalizedText[]) {
        expect(label.da.length).toBeGreaterThan(0);
        expect(label.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('lists several phases naturally', () => {
    expect(message('wrongPhase', { allowed: ['startup', 'development'], current: 'nomination' }).da).toBe(
      'Det kan kun gøres i fasen Opstart eller Udviklingsdel – forløbet er nu i fasen Indstilling.',
    );
    expect(message('wrongPhase', { allowed: ['nomination', 'startup', 'development'], current: 'completion' }).en).toBe(
      'This can only be done in the phase Nomination, Start-up or Development part – the programme is now in the phase Completion.',
    );
  });

  it('errors carry their code, and the Danish text unless the user reads English', () => {
    const error: DomainError = ruleViolation('programmeClosed');
    expect(error.code).toBe('programmeClosed');
    expect(error.category).toBe('rule');
    expect(error.messageFor(undefined)).toBe(MESSAGES.programmeClosed.da);
    expect(error.messageFor('da-DK')).toBe(MESSAGES.programmeClosed.da);
    expect(error.messageFor('en-US')).toBe(MESSAGES.programmeClosed.en);
  });

  it('validation errors name the field in the text and in the error', () => {
    const error = invalid('tooLong', 'firstGoals[0].text', { max: 500 });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe('firstGoals[0].text');
    expect(error.text.da).toBe('»Læringsmål« må højst være 500 tegn.');
    expect(error.text.en).toBe('"Learning goal" can be at most 500 characters.');
  });

  it('finds the label of a nested field path, and falls back to the path itself', () => {
    expect(fieldLabel('practice.complexity').da).toBe('Kompleksitet (1–3)');
    expect(fieldLabel('goalStatuses[2].comment').da).toBe('Kommentar');
    expect(fieldLabel('trainee.name').da).toBe('Ledertraineens navn');
    expect(fieldLabel('somethingNew')).toEqual({ da: 'somethingNew', en: 'somethingNew' });
  });
});

describe('the words of the programme, in every message and label', () => {
  const labels = [
    PHASE_LABELS, ROLE_LABELS, CONVERSATION_KIND_LABELS, CONVERSATION_STATUS_LABELS, BLOCK_KIND_LABELS, BLOCK_STATUS_LABELS,
    PRACTICE_TYPE_LABELS, PRACTICE_FORM_LABELS, PRACTICE_REACH_LABELS, AGREEMENT_STATUS_LABELS, FIELD_LABELS,
  ].flatMap((record) => Object.values(record) as LocalizedText[]);
  const statuses = ['booked', 'held', 'documented', 'cancelled'] as const;
  const messages = Object.values(MESSAGES).flatMap((entry) =>
    statuses.map((status) => (typeof entry === 'function' ? (entry as (p: typeof SAMPLE) => LocalizedText)({ ...SAMPLE, status }) : entry)),
  );
  const texts = [...labels, ...messages, ...Object.values(PHASE_EFFECTS).flat()];

  it('Danish says godkende, afholdt, aftalt, Udviklingsdel and opfølgningsmøde, and names the roles as the programme does', () => {
    const wrong = [/accept/i, /\bholdt\b/i, /\bbook/i, /løbende opfølgning/i, /etårig/i, /\bUdvikling\b/, /\btrainee/i, /\bchef/i, /HR-partner/i];
    const offending = texts.map((text) => text.da).filter((da) => wrong.some((word) => word.test(da)));
    expect(offending).toEqual([]);
  });

  it('English mirrors them: approve, held, development part, follow-up meeting, leader trainee', () => {
    const wrong = [/accept/i, /one-year/i, /\bDevelopment phase/i, /follow-up entr/i, /(?<!leader[ -])\btrainee/i, /HR partner/i];
    const offending = texts.map((text) => text.en).filter((en) => wrong.some((word) => word.test(en)));
    expect(offending).toEqual([]);
  });
});
