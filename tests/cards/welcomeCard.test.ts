import { renderWelcomeCard } from '../../bot/src/cards';
import { byteSize, TEAMS_MESSAGE_LIMIT_BYTES, unboundExpressions, visibleText } from './cardInspection';

describe('the welcome card', () => {
  it('introduces the programme in Danish by default, phase by phase', () => {
    const text = visibleText(renderWelcomeCard({ language: 'da' }));

    expect(text).toContain('Velkommen til Ledertrainee');
    expect(text).toContain('nærmeste leder indstiller');
    expect(text).toContain('HR-konsulent');
    expect(text).toContain('Opstartssamtalen har to dele');
    expect(text).toContain('læringsaftalen');
    expect(text).toContain('Byggeklodserne');
    expect(text).toContain('opfølgningsmøder');
    expect(text).toContain('midtvejssamtale');
    expect(text).toContain('Transitionssamtalen');
    expect(text).toContain('take-off');
  });

  it('numbers the four phases in the order of the programme', () => {
    const text = visibleText(renderWelcomeCard({ language: 'da' }));
    const order = ['1. Indstilling', '2. Opstart', '3. Udviklingsdel', '4. Afslutning'].map((phase) => text.indexOf(phase));

    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('tells what the bot can do and offers a button that asks for help', () => {
    const card = renderWelcomeCard({ language: 'da' });

    expect(visibleText(card)).toContain('Skriv **hjælp**');
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Vis hjælp', data: { msteams: { type: 'imBack', value: 'hjælp' } } },
    ]);
  });

  it('is in English for an English-speaking user, with the English help word on the button', () => {
    const card = renderWelcomeCard({ language: 'en' });
    const text = visibleText(card);

    expect(text).toContain('Welcome to Ledertrainee');
    expect(text).toContain('2. Start-up\nThe start-up interview has two parts');
    expect(text).toContain('midway interview');
    expect(text).not.toContain('Velkommen');
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Show help', data: { msteams: { type: 'imBack', value: 'help' } } },
    ]);
  });

  it.each(['da', 'en'] as const)('is a fully bound version 1.5 card well under the Teams size limit (%s)', (language) => {
    const card = renderWelcomeCard({ language });

    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(unboundExpressions(card)).toEqual([]);
    expect(byteSize(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES / 4);
  });
});
