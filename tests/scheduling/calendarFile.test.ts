// The calendar file every participant can download for a booked conversation: a standard .ics
// invitation that Outlook imports, with a stable UID so a new time moves the same event and a
// cancellation removes it.
import { buildCalendarInvitation, calendarEventUid, calendarSequence, CalendarInvitation } from '../../bot/src/scheduling';

const booked: CalendarInvitation = {
  uid: calendarEventUid('prog-sofie', 'conv-startup-1'),
  sequence: calendarSequence(new Date('2026-03-02T10:00:00Z')),
  title: 'Opstartssamtale del 1 – Ledertrainee: Sofie Nielsen',
  description: 'HR introducerer forløbet og rammen; vi aftaler tid til del 2.',
  start: new Date('2026-03-30T07:00:00Z'), // 09:00 summer time in Copenhagen
  durationMinutes: 90,
  organizer: { name: 'Mette Sørensen', email: 'mette.sorensen@aarhus.dk' },
  attendees: [
    { name: 'Sofie Nielsen', email: 'sofie.nielsen@aarhus.dk' },
    { name: 'Mette Sørensen', email: 'mette.sorensen@aarhus.dk' },
    { name: 'Lars Holm' },
  ],
  status: 'confirmed',
  stamp: new Date('2026-03-02T10:00:00Z'),
};

interface Property {
  name: string;
  params: string;
  value: string;
}

/** A small reader of the text: unfolds lines (RFC 5545 §3.1) and splits each into name, parameters and value. */
function parse(text: string): Property[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([A-Z-]+)((?:;[^:;"]+=(?:"[^"]*"|[^:;"]*))*):(.*)$/.exec(line);
      if (!match) throw new Error(`Not a content line: ${line}`);
      return { name: match[1], params: match[2], value: match[3] };
    });
}
const values = (text: string, name: string) => parse(text).filter((p) => p.name === name).map((p) => p.value);
const value = (text: string, name: string) => {
  const all = values(text, name);
  expect(all).toHaveLength(1);
  return all[0];
};

test('the file is one VCALENDAR with one VEVENT, CRLF line ends and the REQUEST method', () => {
  const { text, method, contentType } = buildCalendarInvitation(booked);
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(values(text, 'BEGIN')).toEqual(['VCALENDAR', 'VEVENT']);
  expect(values(text, 'END')).toEqual(['VEVENT', 'VCALENDAR']);
  expect(value(text, 'VERSION')).toBe('2.0');
  expect(value(text, 'PRODID')).toBe('-//Aarhus Kommune//Ledertrainee for Teams//DA');
  expect(value(text, 'METHOD')).toBe('REQUEST');
  expect(value(text, 'STATUS')).toBe('CONFIRMED');
  expect(method).toBe('REQUEST');
  expect(contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
});

test('the start and end in the file are the booked instant and its duration, in UTC', () => {
  const { text } = buildCalendarInvitation(booked);
  expect(value(text, 'DTSTART')).toBe('20260330T070000Z');
  expect(value(text, 'DTEND')).toBe('20260330T083000Z');
  expect(value(text, 'DTSTAMP')).toBe('20260302T100000Z');
});

test('the title, description and the default location are in the file, Danish letters intact', () => {
  const { text } = buildCalendarInvitation(booked);
  expect(value(text, 'SUMMARY')).toBe('Opstartssamtale del 1 – Ledertrainee: Sofie Nielsen');
  expect(value(text, 'LOCATION')).toBe('Aftales / To be agreed');
  const description = value(text, 'DESCRIPTION');
  expect(description).toContain('HR introducerer forløbet og rammen\\; vi aftaler tid til del 2.');
  expect(description).toContain('Deltagere / Participants: Sofie Nielsen\\, Mette Sørensen\\, Lars Holm');
});

test('every participant with an e-mail is an ATTENDEE, and the organizer is named with theirs', () => {
  const { text } = buildCalendarInvitation(booked);
  const attendees = parse(text).filter((p) => p.name === 'ATTENDEE');
  expect(attendees.map((a) => a.value)).toEqual(['MAILTO:sofie.nielsen@aarhus.dk', 'MAILTO:mette.sorensen@aarhus.dk']);
  expect(attendees[0].params).toContain('CN="Sofie Nielsen"');
  expect(attendees[0].params).toContain('ROLE=REQ-PARTICIPANT');
  expect(attendees[0].params).toContain('RSVP=FALSE');
  const organizer = parse(text).find((p) => p.name === 'ORGANIZER')!;
  expect(organizer.params).toBe(';CN="Mette Sørensen"');
  expect(organizer.value).toBe('mailto:mette.sorensen@aarhus.dk');
});

test('the UID stays the same when the conversation is moved, and SEQUENCE grows', () => {
  const first = buildCalendarInvitation(booked);
  const moved = buildCalendarInvitation({
    ...booked,
    start: new Date('2026-04-07T11:00:00Z'),
    sequence: calendarSequence(new Date('2026-03-05T08:00:00Z')),
    stamp: new Date('2026-03-05T08:00:00Z'),
  });
  expect(value(moved.text, 'UID')).toBe(value(first.text, 'UID'));
  expect(value(first.text, 'UID')).toBe('prog-sofie.conv-startup-1@ledertrainee-for-teams');
  expect(Number(value(moved.text, 'SEQUENCE'))).toBeGreaterThan(Number(value(first.text, 'SEQUENCE')));
  expect(value(moved.text, 'DTSTART')).toBe('20260407T110000Z');
});

test('two conversations never share a UID, and odd characters in ids never reach it unescaped', () => {
  expect(calendarEventUid('a.b', 'c')).not.toBe(calendarEventUid('a', 'b.c'));
  expect(calendarEventUid('prog 1,æ;x', "conv/2:(*)'")).toMatch(/^[A-Za-z0-9%._~-]+@ledertrainee-for-teams$/);
});

test('a cancelled conversation gives METHOD:CANCEL and STATUS:CANCELLED for the same UID', () => {
  const cancelled = buildCalendarInvitation({
    ...booked,
    status: 'cancelled',
    sequence: calendarSequence(new Date('2026-03-10T12:00:00Z')),
  });
  expect(value(cancelled.text, 'METHOD')).toBe('CANCEL');
  expect(value(cancelled.text, 'STATUS')).toBe('CANCELLED');
  expect(value(cancelled.text, 'UID')).toBe(value(buildCalendarInvitation(booked).text, 'UID'));
  expect(value(cancelled.text, 'DESCRIPTION')).toMatch(/^Samtalen er aflyst\. \/ The conversation is cancelled\./);
  expect(cancelled.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
});

test('without the organizer e-mail the file is a plain calendar entry (PUBLISH) with no ORGANIZER', () => {
  const { text, method } = buildCalendarInvitation({ ...booked, organizer: { name: 'Mette Sørensen' } });
  expect(method).toBe('PUBLISH');
  expect(value(text, 'METHOD')).toBe('PUBLISH');
  expect(values(text, 'ORGANIZER')).toEqual([]);
  expect(value(text, 'UID')).toBe('prog-sofie.conv-startup-1@ledertrainee-for-teams');
});

test('a Teams join link becomes the location and the URL, and is in the description', () => {
  const joinUrl = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';
  const { text } = buildCalendarInvitation({ ...booked, joinUrl });
  expect(value(text, 'LOCATION')).toBe(joinUrl);
  expect(value(text, 'URL')).toBe(joinUrl);
  expect(value(text, 'DESCRIPTION')).toContain(`Deltag i Teams-mødet / Join the Teams meeting: ${joinUrl}`);
});

test('no line is longer than 75 octets, and folding never splits a Danish letter', () => {
  const { text } = buildCalendarInvitation({
    ...booked,
    title: 'Transitionssamtale – Ledertrainee: Søren Ærø-Åkjær Østergård – ' + 'æøå'.repeat(40),
  });
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  expect(value(text, 'SUMMARY')).toBe('Transitionssamtale – Ledertrainee: Søren Ærø-Åkjær Østergård – ' + 'æøå'.repeat(40));
});

test('the suggested file name is ASCII and says what and when', () => {
  const { fileName } = buildCalendarInvitation(booked);
  expect(fileName).toBe('Opstartssamtale-del-1-Ledertrainee-Sofie-Nielsen-2026-03-30.ics');
  const danish = buildCalendarInvitation({ ...booked, title: 'Opfølgningsmøde – Søren Ærø Åberg' }).fileName;
  expect(danish).toBe('Opfoelgningsmoede-Soeren-Aeroe-Aaberg-2026-03-30.ics');
  expect(buildCalendarInvitation({ ...booked, title: '–––' }).fileName).toBe('Samtale-2026-03-30.ics');
});

test('the same input always gives the same file', () => {
  expect(buildCalendarInvitation(booked)).toEqual(buildCalendarInvitation(booked));
});

test('an invitation without a title, with a malformed e-mail or an unsafe link is refused', () => {
  expect(() => buildCalendarInvitation({ ...booked, title: ' ' })).toThrow(RangeError);
  expect(() => buildCalendarInvitation({ ...booked, attendees: [{ name: 'X', email: 'not an email' }] })).toThrow(RangeError);
  expect(() => buildCalendarInvitation({ ...booked, joinUrl: 'javascript:alert(1)' })).toThrow(RangeError);
  expect(() => buildCalendarInvitation({ ...booked, sequence: -1 })).toThrow(RangeError);
  expect(() => buildCalendarInvitation({ ...booked, uid: 'a\r\nMETHOD:CANCEL' })).toThrow(RangeError);
  expect(() => calendarSequence(new Date('2023-12-31T23:59:59Z'))).toThrow(RangeError);
});

test('text with a line break or an iCalendar keyword cannot inject a property', () => {
  const { text } = buildCalendarInvitation({ ...booked, title: 'Møde\r\nMETHOD:CANCEL', description: 'x\nEND:VEVENT' });
  expect(values(text, 'METHOD')).toEqual(['REQUEST']);
  expect(values(text, 'END')).toEqual(['VEVENT', 'VCALENDAR']);
});
