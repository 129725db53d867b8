// What is overdue, worked out once per stored revision and compared with the clock on each read,
// is exactly what the reminders' rules say at that moment.
import { dueAt, overdueCandidates, overdueOf } from '../../bot/src/application/views/overdue';
import { cohortSummaryOf } from '../../bot/src/domain/cohortSummary';
import { demoDepartment, programmeInDevelopment } from '../../bot/src/demo/seedDemo';
import { isWorkingDay } from '../../bot/src/scheduling/workingDays';

const calendar = { isWorkingDay };
const start = new Date('2026-03-02T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

test('the candidates due at each moment are the overdue list of that moment, on the cohort summary too', () => {
  const state = programmeInDevelopment(demoDepartment(), start).toState();
  const candidates = overdueCandidates(state, calendar);
  const fromSummary = overdueCandidates(cohortSummaryOf(state), calendar);
  let seenSomething = false;
  for (let days = 0; days <= 400; days += 7) {
    const now = new Date(start.getTime() + days * DAY);
    const expected = overdueOf(state, now, calendar);
    expect(dueAt(candidates, now)).toEqual(expected);
    expect(dueAt(fromSummary, now)).toEqual(expected);
    seenSomething ||= expected.length > 0;
  }
  expect(seenSomething).toBe(true);
});

test('the cohort summary keeps no free text: neither documented answers nor a draft of answers', () => {
  const state = programmeInDevelopment(demoDepartment(), start).toState();
  const booked = state.conversations.find((c) => c.status === 'booked');
  expect(booked).toBeDefined();
  booked!.draft = { answers: { howItGoes: 'Et fortroligt svar' }, saved: { at: start.toISOString(), by: state.trainee.id } };
  const summary = JSON.stringify(cohortSummaryOf(state));
  expect(summary).not.toContain('Et fortroligt svar');
  for (const conversation of state.conversations.filter((c) => c.record)) {
    for (const value of Object.values(conversation.record as object).filter((v): v is string => typeof v === 'string' && v.length > 20)) {
      expect(summary).not.toContain(value);
    }
  }
});
