// What the programme reports after a change (for the application to tell the right people), and
// what waits for whom (for `status`, reminders and the tab).
import { agendaFor, nextConversation } from '../../bot/src/domain/agenda';
import { HR, LEADER, PART1_ID, TRAINEE, day, inStartup, part1Booked, startupReady } from './builders';

describe('what a change reports', () => {
  test('booking the start-up interview reports "conversation booked" with its time, once', () => {
    const p = startupReady();
    p.takeEvents();
    p.book('startupPart1', 'c1', day(10), 90, day(4), HR.id);
    expect(p.takeEvents()).toEqual([
      { type: 'conversationBooked', conversationId: 'c1', kind: 'startupPart1', scheduledAt: day(10).toISOString() },
    ]);
    expect(p.takeEvents()).toEqual([]);
  });

  test('recording the personality test and its feedback reports each step', () => {
    const p = inStartup();
    p.takeEvents();
    p.recordPersonalityTestTaken(day(2), TRAINEE.id);
    p.recordPersonalityTestFeedback(day(3), HR.id);
    expect(p.takeEvents().map((e) => e.type)).toEqual(['personalityTestTaken', 'personalityFeedbackGiven']);
  });

  test('a refused change reports nothing', () => {
    const p = part1Booked({ leaderClarificationCompleted: true });
    p.takeEvents();
    expect(() => p.markHeld(PART1_ID, day(9), HR.id)).toThrow();
    expect(p.takeEvents()).toEqual([]);
  });
});

describe('what waits for whom', () => {
  test('before the test is taken, the trainee is asked to take it and HR has nothing to give feedback on', () => {
    const state = inStartup().toState();
    expect(agendaFor(state, TRAINEE.id, day(2)).map((i) => i.code)).toContain('takePersonalityTest');
    expect(agendaFor(state, HR.id, day(2)).map((i) => i.code)).not.toContain('givePersonalityFeedback');
  });

  test('after the test, HR is asked for feedback, and the leader and HR are asked to book the start-up interview', () => {
    const p = inStartup();
    p.recordPersonalityTestTaken(day(2), TRAINEE.id);
    const state = p.toState();
    expect(agendaFor(state, HR.id, day(3)).map((i) => i.code)).toEqual(['givePersonalityFeedback', 'bookConversation']);
    expect(agendaFor(state, LEADER.id, day(3)).map((i) => i.code)).toEqual(['bookConversation']);
  });

  test('once the booked interview has ended, it waits to be marked afholdt; before, it is the next conversation', () => {
    const state = part1Booked().toState();
    expect(nextConversation(state, day(9))?.id).toBe(PART1_ID);
    expect(agendaFor(state, HR.id, day(9)).map((i) => i.code)).not.toContain('markConversationHeld');
    expect(nextConversation(state, day(11))).toBeUndefined();
    expect(agendaFor(state, HR.id, day(11)).find((i) => i.code === 'markConversationHeld')?.text.da).toBe(
      'Markér opstartssamtale del 1 som afholdt.',
    );
  });

  test('someone outside the programme has nothing waiting in it', () => {
    expect(agendaFor(inStartup().toState(), 'someone-else', day(2))).toEqual([]);
  });
});
