// The take-off cards without a bot: the admin's card stays under Teams' 28 KB limit however much
// was registered and typed, and a new event is checked before anything is stored.
import { renderTakeOffAdminCard, renderTakeOffInvitationCard, TakeOffAdminCardViewModel } from '../../bot/src/cards';
import { newTakeOffEvent } from '../../bot/src/domain/takeOffEvent';
import { ValidationError } from '../../bot/src/domain/errors';
import { byteSize, TEAMS_MESSAGE_LIMIT_BYTES, unboundExpressions, visibleText } from '../cards/cardInspection';

const long = (n: number) => 'æøå"\u0001'.repeat(Math.ceil(n / 5)).slice(0, n);

function worstCase(language: 'da' | 'en'): TakeOffAdminCardViewModel {
  const events = Array.from({ length: 5 }, (_, e) => ({
    event: { id: `e${e}`, date: `2026-1${e % 3}-0${e + 1}`, place: long(500), description: long(2000) },
    invited: 60,
    registrations: Array.from({ length: 60 }, (_, r) => ({
      traineeName: `Trainee ${r} ${long(190)}`,
      needsNow: long(2000),
      wantsApplicationGuidance: r % 2 === 0,
      joinNetwork: r % 3 === 0,
    })),
  }));
  return { language, today: '2026-09-01', events, totalEvents: 12 };
}

describe('the take-off admin card', () => {
  it.each(['da', 'en'] as const)('stays under 28 KB with five events of sixty long registrations (%s)', (language) => {
    const card = renderTakeOffAdminCard(worstCase(language));
    expect(byteSize(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(unboundExpressions(card)).toEqual([]);
    expect(visibleText(card)).toContain(language === 'da' ? 'Viser de 5 nyeste af 12 arrangementer.' : 'Showing the 5 newest of 12 events.');
    expect(visibleText(card)).toMatch(language === 'da' ? /… og \d+ tilmeldinger mere/ : /… and \d+ more registrations/);
  });

  it('shows every registration when there are few, and says when nothing was written', () => {
    const card = renderTakeOffAdminCard({
      language: 'da',
      today: '2026-09-01',
      totalEvents: 1,
      events: [
        {
          event: { id: 'e1', date: '2026-10-15', place: 'Rådhuset', description: 'Take-off' },
          invited: 3,
          registrations: [{ traineeName: 'Emil Holt', needsNow: '', wantsApplicationGuidance: false, joinNetwork: true }],
        },
      ],
    });
    const text = visibleText(card);
    expect(text).toContain('Inviteret: 3 · Tilmeldt: 1');
    expect(text).toContain('**Emil Holt** · Vejledning til lederansøgningen: nej · Netværk: ja');
    expect(text).toContain('Har brug for nu: (intet skrevet)');
    expect(text).not.toContain('flere');
  });

  it('renders the invitation with every expression bound', () => {
    const card = renderTakeOffInvitationCard({ language: 'en', traineeName: 'Ida', event: { id: 'e1', date: '2026-10-15', place: 'City Hall', description: 'Take-off' } });
    expect(unboundExpressions(card)).toEqual([]);
    expect(visibleText(card)).toContain('15 October 2026');
  });
});

describe('a new take-off event', () => {
  const at = new Date('2026-09-01T08:00:00.000Z');
  const make = (input: Record<string, unknown>) => newTakeOffEvent({ date: '2026-10-15', place: 'Rådhuset', description: 'Take-off', ...input }, 'e1', '2026-09-01', at, 'admin');

  it('keeps the date, the trimmed place and description, and who created it when', () => {
    expect(make({ place: '  Rådhuset ' })).toEqual({
      id: 'e1',
      date: '2026-10-15',
      place: 'Rådhuset',
      description: 'Take-off',
      created: { at: at.toISOString(), by: 'admin' },
    });
    expect(make({ date: '2026-09-01' }).date).toBe('2026-09-01');
  });

  it.each([
    ['no date', { date: '' }, 'takeOffDate', 'required'],
    ['a date not in ISO form', { date: '15-10-2026' }, 'takeOffDate', 'invalidDate'],
    ['a date before today', { date: '2026-08-31' }, 'takeOffDate', 'wishedStartInPast'],
    ['a blank place', { place: ' ' }, 'place', 'required'],
    ['no description', { description: undefined }, 'description', 'required'],
    ['a place over 500 characters', { place: 'x'.repeat(501) }, 'place', 'tooLong'],
    ['a description over 2000 characters', { description: 'x'.repeat(2001) }, 'description', 'tooLong'],
  ] as const)('refuses %s', (_name, input, field, code) => {
    let caught: unknown;
    try {
      make(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(caught).toMatchObject({ field, code });
  });
});
