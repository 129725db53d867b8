// The Teams meeting of a booked conversation: only its participants record it, only an https
// address is kept, only while the conversation is booked; a stored one survives the state rules.
import { ForbiddenError, RuleViolation, ValidationError } from '../../bot/src/domain/errors';
import { Programme } from '../../bot/src/domain/programme';
import { day, expectRefused, HR, inDevelopment, LEADER, midwayHeld, MIDWAY_ID, STRANGER } from './builders';

const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';

function midwayBooked(): Programme {
  const p = inDevelopment();
  p.book('midway', MIDWAY_ID, day(180), 60, day(170), HR.id);
  return p;
}

test('A participant records the meeting of a booked conversation, and it is stored with it', () => {
  const p = midwayBooked();
  p.recordMeetingLink(MIDWAY_ID, JOIN, day(171), LEADER.id);
  const again = Programme.fromState(JSON.parse(JSON.stringify(p.toState())));
  expect(again.conversation(MIDWAY_ID).joinUrl).toBe(JOIN);
});

test('Someone outside the conversation cannot record its meeting', () => {
  expectRefused(midwayBooked(), (p) => p.recordMeetingLink(MIDWAY_ID, JOIN, day(171), STRANGER.id), ForbiddenError, 'notConversationParticipant');
});

test('Only an https address is kept as a meeting link', () => {
  expectRefused(midwayBooked(), (p) => p.recordMeetingLink(MIDWAY_ID, 'javascript:alert(1)', day(171), HR.id), ValidationError, 'invalidChoice', 'joinUrl');
  expectRefused(midwayBooked(), (p) => p.recordMeetingLink(MIDWAY_ID, 'https://teams.microsoft.com/a b', day(171), HR.id), ValidationError, 'invalidChoice', 'joinUrl');
});

test('A conversation already afholdt gets no new meeting link', () => {
  expectRefused(midwayHeld(), (p) => p.recordMeetingLink(MIDWAY_ID, JOIN, day(181), HR.id), RuleViolation, 'conversationNotBooked');
});

test('A stored state with a meeting link that is no https address is refused', () => {
  const state = midwayBooked().toState();
  state.conversations.find((c) => c.id === MIDWAY_ID)!.joinUrl = 'http://example.com/meeting';
  expect(() => Programme.fromState(state)).toThrow();
});
