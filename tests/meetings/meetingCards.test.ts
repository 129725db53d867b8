// The card a meeting chat gets when a booked conversation's meeting ends, in Danish and English:
// afholdt and to be documented, or why it is not afholdt; a valid Adaptive Card 1.5 that Teams shows,
// whose button opens the conversation's template.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { renderMeetingEndedCard } from '../../bot/src/cards/meetingCards';
import { byteSize, TEAMS_MESSAGE_LIMIT_BYTES, unboundExpressions, visibleText } from '../cards/cardInspection';

function validator() {
  const { id, ...schema } = JSON.parse(readFileSync(join(__dirname, '../support/schemas/adaptive-card-1.5.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addMetaSchema(draft06);
  return ajv.compile({ ...schema, $id: String(id) });
}
const validate = validator();
const base = { programmeId: 'p-1', conversationId: 'c-1', kind: 'midway' as const, traineeName: 'Tina Thomsen' };

test('Held: the card says the midway interview is afholdt and asks for it to be documented, in Danish and in English', () => {
  const da = renderMeetingEndedCard({ ...base, language: 'da', outcome: 'held' });
  expect(visibleText(da)).toContain('Midtvejssamtale – Tina Thomsen');
  expect(visibleText(da)).toContain('markeret som afholdt. Husk at dokumentere');
  const en = renderMeetingEndedCard({ ...base, language: 'en', outcome: 'held' });
  expect(visibleText(en)).toContain('Midway interview – Tina Thomsen');
  expect(visibleText(en)).toContain('marked as held. Remember to document');
  for (const card of [da, en]) {
    expect(validate(card)).toBe(true);
    expect(unboundExpressions(card)).toEqual([]);
    expect(byteSize(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  }
});

test('Refused: the card says the conversation is not afholdt and why', () => {
  const card = renderMeetingEndedCard({ ...base, kind: 'startupPart1', language: 'da', outcome: 'refused', reason: 'Vent på feedback.' });
  expect(visibleText(card)).toContain('ikke markeret som afholdt');
  expect(visibleText(card)).toContain('Vent på feedback.');
  expect(validate(card)).toBe(true);
});

test('Its button opens the template in place, with a fallback for clients without Universal Actions', () => {
  const card = renderMeetingEndedCard({ ...base, language: 'en', outcome: 'held' });
  const [button] = card.actions as { type: string; verb: string; title: string; data: object; fallback: { type: string; data: object } }[];
  expect(button).toMatchObject({ type: 'Action.Execute', verb: 'refresh', title: 'Open the conversation template' });
  expect(button.data).toEqual({ view: 'conversation', programmeId: 'p-1', conversationId: 'c-1' });
  expect(button.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: 'refresh', view: 'conversation', programmeId: 'p-1', conversationId: 'c-1' } });
});
