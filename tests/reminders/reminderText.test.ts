// The reminder a person reads about a conversation that was held but not documented: it names what
// to fill in — the referat for a follow-up meeting, the template for the other conversations.
import { reminderText } from '../../bot/src/teams/reminderText';

const notDocumented = (conversationKind: 'followUp' | 'midway') =>
  ({ kind: 'reminder', reminder: 'conversationNotDocumented', programmeId: 'p1', traineeName: 'Sofie Nielsen', conversationKind, date: '2026-03-03' }) as const;

test('an undocumented follow-up meeting asks for the referat af opfølgningsmødet, in Danish and English', () => {
  const da = reminderText(notDocumented('followUp'), 'da');
  expect(da).toContain('Opfølgningsmøde med **Sofie Nielsen** den 3. marts 2026 er ikke dokumenteret');
  expect(da).toContain('Markér mødet som afholdt, og udfyld referatet af opfølgningsmødet.');
  expect(reminderText(notDocumented('followUp'), 'en')).toContain('fill in the record of the follow-up meeting.');
});

test('an undocumented midway interview asks for its template, and says nothing of a referat', () => {
  const da = reminderText(notDocumented('midway'), 'da');
  expect(da).toContain('Markér samtalen som afholdt, og udfyld skabelonen.');
  expect(da).not.toContain('referat');
  expect(reminderText(notDocumented('midway'), 'en')).toContain('The midway interview with **Sofie Nielsen** on 3 March 2026 is not documented');
});
