import { ForbiddenError, NotFoundError, RuleViolation, ValidationError } from '../../bot/src/domain/errors';
import {
  HR,
  LEADER,
  MIDWAY_ID,
  PART1_ID,
  PART2_ID,
  STRANGER,
  TRAINEE,
  agreementAccepted,
  closed,
  day,
  expectRefused,
  inCompletion,
  inDevelopment,
  inStartup,
  midwayHeld,
  midwayRecord,
  nominated,
  part1Booked,
  part1Documented,
  part1Held,
  part1Record,
  part2Held,
  startupReady,
} from './builders';

describe('booking conversations', () => {
  it('start-up part 1 is booked with trainee, leader and HR consultant', () => {
    const p = startupReady();
    p.book('startupPart1', 'c', day(10), 90, day(4), HR.id);
    expect(p.conversation('c')).toEqual({
      id: 'c',
      kind: 'startupPart1',
      status: 'booked',
      scheduledAt: day(10).toISOString(),
      durationMinutes: 90,
      participants: [TRAINEE.id, LEADER.id, HR.id],
      booked: { at: day(4).toISOString(), by: HR.id },
    });
  });

  it('start-up part 1 may instead be a joint meeting for all trainees and leaders of the department', () => {
    const p = startupReady();
    p.book('startupPart1', 'c', day(10), 180, day(4), HR.id, { format: 'jointDepartmentMeeting' });
    expect(p.conversation('c').format).toBe('jointDepartmentMeeting');
  });

  it('only start-up part 1 has a meeting format', () => {
    const p = inDevelopment();
    expectRefused(p, (x) => x.book('midway', 'm', day(180), 60, day(100), HR.id, { format: 'individual' }), ValidationError, 'invalidChoice', 'format');
  });

  it('start-up part 2 and follow-up meetings are for trainee and leader alone', () => {
    const p = part1Documented();
    p.book('startupPart2', 'c2', day(19), 60, day(11), TRAINEE.id);
    expect(p.conversation('c2').participants).toEqual([TRAINEE.id, LEADER.id]);
    const q = inDevelopment();
    q.book('followUp', 'f', day(40), 45, day(30), LEADER.id);
    expect(q.conversation('f').participants).toEqual([TRAINEE.id, LEADER.id]);
  });

  it('the midway and the transition interview include the HR consultant', () => {
    const p = inDevelopment();
    p.book('midway', 'm', day(180), 60, day(100), TRAINEE.id);
    expect(p.conversation('m').participants).toEqual([TRAINEE.id, LEADER.id, HR.id]);
    const q = inCompletion();
    q.book('transition', 't', day(350), 60, day(331), LEADER.id);
    expect(q.conversation('t').participants).toEqual([TRAINEE.id, LEADER.id, HR.id]);
  });

  it('only the participants of a conversation can book it', () => {
    expectRefused(part1Documented(), (x) => x.book('startupPart2', 'c2', day(19), 60, day(11), HR.id), ForbiddenError, 'notConversationParticipant');
    expectRefused(inDevelopment(), (x) => x.book('followUp', 'f', day(40), 60, day(30), HR.id), ForbiddenError, 'notConversationParticipant');
    expectRefused(startupReady(), (x) => x.book('startupPart1', 'c', day(10), 60, day(4), STRANGER.id), ForbiddenError, 'notConversationParticipant');
  });

  it('each kind of conversation is booked in its own phase', () => {
    expectRefused(nominated(), (x) => x.book('startupPart1', 'c', day(10), 60, day(4), HR.id), RuleViolation, 'conversationNotInPhase');
    expectRefused(inStartup(), (x) => x.book('followUp', 'c', day(10), 60, day(4), LEADER.id), RuleViolation, 'conversationNotInPhase');
    expectRefused(inStartup(), (x) => x.book('midway', 'c', day(10), 60, day(4), HR.id), RuleViolation, 'conversationNotInPhase');
    expectRefused(inDevelopment(), (x) => x.book('transition', 'c', day(300), 60, day(40), HR.id), RuleViolation, 'conversationNotInPhase');
    expectRefused(inDevelopment(), (x) => x.book('startupPart1', 'c', day(40), 60, day(30), HR.id), RuleViolation, 'conversationNotInPhase');
    expectRefused(inCompletion(), (x) => x.book('followUp', 'c', day(340), 60, day(331), LEADER.id), RuleViolation, 'conversationNotInPhase');
  });

  it('the phase error says which phase the conversation belongs to', () => {
    const error = expectRefused(inStartup(), (x) => x.book('midway', 'c', day(10), 60, day(4), HR.id), RuleViolation, 'conversationNotInPhase');
    expect(error.text.da).toBe('Midtvejssamtalen hører til fasen Udviklingsdel – forløbet er nu i fasen Opstart.');
  });

  it('start-up part 2 cannot be booked before part 1 has been held', () => {
    expectRefused(part1Booked(), (x) => x.book('startupPart2', 'c2', day(19), 60, day(5), LEADER.id), RuleViolation, 'startupPart1NotHeld');
    const p = part1Held();
    p.book('startupPart2', 'c2', day(19), 60, day(10), LEADER.id);
    expect(p.conversation('c2').status).toBe('booked');
  });

  it('there cannot be two open bookings of the same interview', () => {
    expectRefused(part1Booked(), (x) => x.book('startupPart1', 'again', day(12), 60, day(5), HR.id), RuleViolation, 'conversationAlreadyOpen');
    expectRefused(part1Held(), (x) => x.book('startupPart1', 'again', day(12), 60, day(11), HR.id), RuleViolation, 'conversationAlreadyOpen');
    expectRefused(midwayHeld(), (x) => x.book('midway', 'again', day(190), 60, day(181), HR.id), RuleViolation, 'conversationAlreadyOpen');
  });

  it('an interview that has been documented cannot be booked again', () => {
    expectRefused(part2Held(), (x) => x.book('startupPart1', 'again', day(25), 60, day(20), HR.id), RuleViolation, 'conversationAlreadyDocumented');
  });

  it('several follow-up meetings can be booked at once', () => {
    const p = inDevelopment();
    p.book('followUp', 'f1', day(40), 60, day(30), LEADER.id);
    p.book('followUp', 'f2', day(70), 60, day(30), LEADER.id);
    expect(p.conversations().filter((c) => c.kind === 'followUp')).toHaveLength(2);
  });

  it('a cancelled interview can be booked again', () => {
    const p = part1Booked();
    p.cancel(PART1_ID, 'Lederen er syg', day(9), LEADER.id);
    p.book('startupPart1', 'new-part1', day(14), 90, day(9), HR.id);
    expect(p.conversation('new-part1').status).toBe('booked');
  });

  it('a conversation id is used once', () => {
    const p = part1Held();
    expectRefused(p, (x) => x.book('startupPart2', PART1_ID, day(19), 60, day(11), LEADER.id), ValidationError, 'idInUse', 'id');
  });

  it('the time and duration must make sense', () => {
    const p = startupReady();
    expectRefused(p, (x) => x.book('startupPart1', 'c', new Date('nope'), 60, day(4), HR.id), ValidationError, 'invalidDate', 'scheduledAt');
    expectRefused(p, (x) => x.book('startupPart1', 'c', day(10), 0, day(4), HR.id), ValidationError, 'outOfRange', 'durationMinutes');
    expectRefused(p, (x) => x.book('startupPart1', 'c', day(10), 481, day(4), HR.id), ValidationError, 'outOfRange', 'durationMinutes');
    expectRefused(p, (x) => x.book('startupPart1', 'c', day(10), 60.5, day(4), HR.id), ValidationError, 'outOfRange', 'durationMinutes');
  });

  it('an unknown kind of conversation is refused', () => {
    const p = startupReady();
    expectRefused(p, (x) => x.book('coffee' as never, 'c', day(10), 60, day(4), HR.id), ValidationError, 'invalidChoice', 'kind');
  });
});

describe('a conversation goes booked → held → documented, or is cancelled while booked', () => {
  it('a booked conversation can be moved, keeping its duration unless a new one is given', () => {
    const p = part1Booked();
    p.reschedule(PART1_ID, day(12), undefined, day(5), TRAINEE.id);
    expect(p.conversation(PART1_ID)).toMatchObject({ scheduledAt: day(12).toISOString(), durationMinutes: 90 });
    p.reschedule(PART1_ID, day(13), 120, day(6), HR.id);
    expect(p.conversation(PART1_ID)).toMatchObject({ scheduledAt: day(13).toISOString(), durationMinutes: 120 });
  });

  it('a conversation that has been held can no longer be moved or cancelled', () => {
    const p = part1Held();
    expectRefused(p, (x) => x.reschedule(PART1_ID, day(12), undefined, day(11), HR.id), RuleViolation, 'conversationNotBooked');
    expectRefused(p, (x) => x.cancel(PART1_ID, 'For sent', day(11), HR.id), RuleViolation, 'conversationNotBooked');
  });

  it('a conversation is marked as held once, and only while booked', () => {
    expectRefused(part1Held(), (x) => x.markHeld(PART1_ID, day(11), HR.id), RuleViolation, 'conversationNotBooked');
    const p = part1Booked();
    p.cancel(PART1_ID, 'Aflyst', day(9), HR.id);
    expectRefused(p, (x) => x.markHeld(PART1_ID, day(10), HR.id), RuleViolation, 'conversationNotBooked');
  });

  it('marking held records when and by whom', () => {
    const p = part1Held();
    expect(p.conversation(PART1_ID).held).toEqual({ at: day(10).toISOString(), by: HR.id });
  });

  it('a conversation must be held before it can be documented', () => {
    const p = part1Booked();
    const error = expectRefused(
      p,
      (x) => x.document(PART1_ID, { kind: 'startupPart1', data: part1Record() }, day(10), HR.id),
      RuleViolation,
      'conversationNotHeld',
    );
    expect(error.text.da).toContain('Den er nu aftalt.');
  });

  it('a documented conversation cannot be documented again', () => {
    const p = part1Documented();
    expectRefused(
      p,
      (x) => x.document(PART1_ID, { kind: 'startupPart1', data: part1Record() }, day(11), HR.id),
      RuleViolation,
      'conversationNotHeld',
    );
  });

  it('a cancelled conversation keeps the reason, who cancelled and when', () => {
    const p = part1Booked();
    p.cancel(PART1_ID, '  Lederen er syg  ', day(9), LEADER.id);
    expect(p.conversation(PART1_ID)).toMatchObject({
      status: 'cancelled',
      cancelled: { at: day(9).toISOString(), by: LEADER.id, reason: 'Lederen er syg' },
    });
  });

  it('cancelling needs a reason', () => {
    expectRefused(part1Booked(), (x) => x.cancel(PART1_ID, ' ', day(9), LEADER.id), ValidationError, 'required', 'reason');
  });

  it('only the participants can move, hold, document or cancel a conversation', () => {
    const p = part2Held();
    expectRefused(p, (x) => x.cancel(PART2_ID, 'Nej', day(20), HR.id), ForbiddenError, 'notConversationParticipant');
    const q = part1Booked();
    expectRefused(q, (x) => x.markHeld(PART1_ID, day(10), STRANGER.id), ForbiddenError, 'notConversationParticipant');
    expectRefused(q, (x) => x.reschedule(PART1_ID, day(12), 60, day(5), STRANGER.id), ForbiddenError, 'notConversationParticipant');
  });

  it('a conversation that does not exist is reported as not found', () => {
    expectRefused(inDevelopment(), (x) => x.markHeld('nope', day(40), LEADER.id), NotFoundError, 'conversationNotFound');
    expect(() => inDevelopment().conversation('nope')).toThrow(NotFoundError);
  });

  it('the record must be for the same kind of conversation', () => {
    const p = midwayHeld();
    expectRefused(
      p,
      (x) => x.document(MIDWAY_ID, { kind: 'startupPart1', data: part1Record() }, day(180), HR.id),
      ValidationError,
      'recordKindMismatch',
      'record.kind',
    );
  });

  it('a follow-up meeting is documented as a follow-up entry, not with an interview record', () => {
    const p = inDevelopment();
    p.book('followUp', 'f', day(40), 60, day(30), LEADER.id);
    p.markHeld('f', day(40), LEADER.id);
    expectRefused(
      p,
      (x) => x.document('f', { kind: 'midway', data: midwayRecord() }, day(40), LEADER.id),
      RuleViolation,
      'followUpDocumentedAsEntry',
    );
  });

  it('the time of an action must be a real date', () => {
    expectRefused(part1Booked(), (x) => x.markHeld(PART1_ID, new Date(NaN), HR.id), ValidationError, 'invalidDate', 'at');
  });

  it('conversations of a closed programme cannot be changed', () => {
    const p = closed();
    expectRefused(p, (x) => x.cancel('conv-transition', 'x', day(400), HR.id), RuleViolation, 'programmeClosed');
  });

  it('an open follow-up meeting can still be cancelled after completion has begun', () => {
    const p = agreementAccepted();
    p.beginDevelopment(day(22), LEADER.id);
    p.book('followUp', 'late', day(335), 60, day(100), LEADER.id);
    p.book('midway', MIDWAY_ID, day(180), 60, day(170), HR.id);
    p.markHeld(MIDWAY_ID, day(180), HR.id);
    p.document(MIDWAY_ID, { kind: 'midway', data: midwayRecord() }, day(180), HR.id);
    p.beginCompletion(day(330), LEADER.id);
    p.cancel('late', 'Forløbet er i afslutningsfasen', day(331), LEADER.id);
    expect(p.conversation('late').status).toBe('cancelled');
  });
});
