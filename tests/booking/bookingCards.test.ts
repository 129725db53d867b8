// The booking cards render in both languages with every binding filled, times in Copenhagen.
import { formatTimeSpan, renderBookingConfirmationCard, renderBookingProposalsCard } from '../../bot/src/cards';
import { byteSize, unboundExpressions, visibleText } from '../cards/cardInspection';

const booking = {
  programmeId: 'p1',
  conversationId: 'c1',
  kind: 'startupPart1' as const,
  traineeName: 'Ahmad Rahimi',
  start: '2026-09-08T07:00:00.000Z',
  end: '2026-09-08T08:30:00.000Z',
  status: 'booked' as const,
  participants: [
    { name: 'Ahmad Rahimi', role: 'trainee' as const },
    { name: 'Mette Sørensen', role: 'leader' as const },
  ],
  calendarUrl: 'https://ledertrainee.example/api/calendar/abc.ics',
  awaitsPersonalityFeedback: true,
};

test('times read as Danes write them, in Copenhagen time, also across daylight saving', () => {
  expect(formatTimeSpan('2026-09-08T07:00:00.000Z', '2026-09-08T08:30:00.000Z', 'da')).toBe('tirsdag den 8. september 2026 kl. 09.00–10.30');
  expect(formatTimeSpan('2026-09-08T07:00:00.000Z', '2026-09-08T08:30:00.000Z', 'en')).toBe('Tuesday 8 September 2026, 09:00–10:30');
  // Winter time: the same local hour is an hour later in UTC.
  expect(formatTimeSpan('2026-10-26T08:00:00.000Z', undefined, 'da')).toBe('mandag den 26. oktober 2026 kl. 09.00');
});

test.each(['da', 'en'] as const)('the confirmation card (%s) is complete and small', (language) => {
  for (const change of ['booked', 'rescheduled', 'cancelled'] as const) {
    const card = renderBookingConfirmationCard({
      language,
      booking: change === 'cancelled' ? { ...booking, status: 'cancelled' } : booking,
      change,
      byName: 'Mette Sørensen',
      ...(change === 'rescheduled' ? { previousStart: '2026-09-07T07:00:00.000Z' } : {}),
      ...(change === 'cancelled' ? { reason: 'Sygdom' } : {}),
    });
    expect(unboundExpressions(card)).toEqual([]);
    expect(byteSize(card)).toBeLessThan(28_000);
    const text = visibleText(card);
    expect(text).toContain(language === 'da' ? 'tirsdag den 8. september 2026 kl. 09.00–10.30' : 'Tuesday 8 September 2026, 09:00–10:30');
    // Only a booked conversation can be moved or cancelled, and only then does the gate note matter.
    expect(text.includes(language === 'da' ? 'Flyt' : 'Move')).toBe(change !== 'cancelled');
    expect(text.includes(language === 'da' ? 'persontesten' : 'personality test')).toBe(change !== 'cancelled');
  }
});

test('a booking with a Teams meeting offers both the join link and the calendar file, each under its own name', () => {
  const card = renderBookingConfirmationCard({
    language: 'da',
    booking: { ...booking, joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc' },
    change: 'booked',
    byName: 'Mette Sørensen',
  });
  const links = JSON.stringify(card);
  expect(links).toContain('"title":"Deltag i Teams-mødet","url":"https://teams.microsoft.com/l/meetup-join/abc"');
  expect(links).toContain('"title":"Føj til kalender (.ics)","url":"https://ledertrainee.example/api/calendar/abc.ics"');
});

test.each(['da', 'en'] as const)('the proposals card (%s) has a button per time and a choice card one per programme', (language) => {
  const proposals = renderBookingProposalsCard({
    language,
    notice: 'Tidspunktet blev taget imens – her er nye forslag.',
    proposal: {
      outcome: 'proposals',
      programmeId: 'p1',
      traineeName: 'Ahmad Rahimi',
      kind: 'followUp',
      durationMinutes: 60,
      participants: ['Ahmad Rahimi', 'Mette Sørensen'],
      slots: [
        { start: '2026-09-08T07:00:00.000Z', end: '2026-09-08T08:00:00.000Z' },
        { start: '2026-09-11T11:00:00.000Z', end: '2026-09-11T12:00:00.000Z' },
        { start: '2026-09-16T08:00:00.000Z', end: '2026-09-16T09:00:00.000Z' },
      ],
    },
  });
  expect(unboundExpressions(proposals)).toEqual([]);
  expect(JSON.stringify(proposals).match(/"verb":"booking.book"/g)).toHaveLength(3);
  const choice = renderBookingProposalsCard({
    language,
    proposal: { outcome: 'choose', choices: [{ programmeId: 'p1', traineeName: 'Ahmad Rahimi', kind: 'startupPart1' }, { programmeId: 'p2', traineeName: 'Sofie Nielsen', kind: 'midway' }] },
  });
  expect(unboundExpressions(choice)).toEqual([]);
  expect(JSON.stringify(choice).match(/"verb":"booking.choose"/g)).toHaveLength(2);
});
