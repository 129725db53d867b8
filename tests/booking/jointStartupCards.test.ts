// The joint start-up meeting's cards render in both languages with every binding filled: the
// choice of trainees (a multi-select), the proposed times (a button per time, carrying the chosen
// programmes), and booking's confirmation card marked as the joint meeting.
import { renderBookingConfirmationCard, renderJointStartupChoiceCard, renderJointStartupProposalsCard } from '../../bot/src/cards';
import { byteSize, TEAMS_MESSAGE_LIMIT_BYTES, unboundExpressions, visibleText } from '../cards/cardInspection';

const candidates = Array.from({ length: 10 }, (_, i) => ({ programmeId: `programme-${i}`, traineeName: `Ledertrainee Nummer ${i}`, leaderName: `Nærmeste Leder ${i}` }));

test.each(['da', 'en'] as const)('the choice card (%s) offers every candidate in one multi-select, with the ticked ones kept', (language) => {
  const card = renderJointStartupChoiceCard({ language, candidates, selected: ['programme-1', 'programme-3'] });
  expect(unboundExpressions(card)).toEqual([]);
  expect(byteSize(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  const set = (card.body as Array<Record<string, unknown>>).find((e) => e.type === 'Input.ChoiceSet') as Record<string, unknown>;
  expect(set).toMatchObject({ id: 'programmeIds', isMultiSelect: true, isRequired: true, value: 'programme-1,programme-3' });
  expect((set.choices as unknown[]).length).toBe(10);
  expect(visibleText(card)).toContain(language === 'da' ? 'Ledertrainee Nummer 4 (nærmeste leder: Nærmeste Leder 4)' : 'Ledertrainee Nummer 4 (nearest leader: Nærmeste Leder 4)');
  expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.Submit', data: { verb: 'jointStartup.propose' } })]);
});

test.each(['da', 'en'] as const)('the proposals card (%s) has a button per time that books the chosen programmes', (language) => {
  const proposal = {
    programmeIds: ['p1', 'p2'],
    traineeNames: ['Emil Holt', 'Ida Krogh'],
    participants: ['Emil Holt', 'Ida Krogh', 'Mette Sørensen', 'Karen Dahl', 'Lars Holm'],
    durationMinutes: 90,
    slots: [{ start: '2026-09-08T07:00:00.000Z', end: '2026-09-08T08:30:00.000Z' }],
  };
  const card = renderJointStartupProposalsCard({ language, proposal, notice: 'Notice' });
  expect(unboundExpressions(card)).toEqual([]);
  const text = visibleText(card);
  expect(text).toContain('Notice');
  expect(text).toContain(language === 'da' ? 'tirsdag den 8. september 2026 kl. 09.00–10.30' : 'Tuesday 8 September 2026, 09:00–10:30');
  expect(JSON.stringify(card)).toContain(JSON.stringify({ verb: 'jointStartup.book', programmeIds: 'p1,p2', start: '2026-09-08T07:00:00.000Z' }));

  const none = renderJointStartupProposalsCard({ language, proposal: { ...proposal, slots: [] } });
  expect(visibleText(none)).toContain(language === 'da' ? 'Vælg færre ledertrainees' : 'Choose fewer leader trainees');
});

test('the confirmation of a joint meeting names it and its trainees', () => {
  const card = renderBookingConfirmationCard({
    language: 'da',
    change: 'booked',
    booking: {
      programmeId: 'p1',
      conversationId: 'c1',
      kind: 'startupPart1',
      traineeName: 'Emil Holt, Ida Krogh',
      start: '2026-09-08T07:00:00.000Z',
      end: '2026-09-08T08:30:00.000Z',
      status: 'booked',
      participants: [{ name: 'Emil Holt', role: 'trainee' }, { name: 'Ida Krogh', role: 'trainee' }, { name: 'Lars Holm', role: 'hrConsultant' }],
      awaitsPersonalityFeedback: false,
      joint: true,
    },
  });
  const text = visibleText(card);
  expect(text).toContain('Fælles opstartsmøde (opstartssamtale del 1) er aftalt');
  expect(text).toContain('Ledertrainees');
  expect(text).toContain('Emil Holt, Ida Krogh');
});
