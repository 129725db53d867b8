// Every nomination card renders in Danish and English with every binding filled, and stays far
// below Teams' message size limit.
import {
  renderDepartmentsCard,
  renderNominationCard,
  renderNominationDecisionCard,
  renderNominationQuestionCard,
  renderProgrammeWelcomeCard,
} from '../../bot/src/cards';
import { byteSize, unboundExpressions, visibleText } from '../cards/cardInspection';

const nomination = {
  programmeId: 'p-1',
  trainee: { name: 'Jonas Berg', email: 'jonas@aarhus.dk' },
  leader: { name: 'Mette Sørensen' },
  departmentName: 'Sundhed og Omsorg',
  reason: 'Tager ansvar.',
  leaderClarificationCompleted: false,
  wishedStart: '2026-03-01',
  questions: [{ question: 'Hvorfor nu?', answer: 'Fordi.' }, { question: 'Og så?' }],
};

describe.each(['da', 'en'] as const)('nomination cards in %s', (language) => {
  const cards = {
    search: renderNominationCard({ language, step: 'search', departments: [], candidates: [], values: {}, today: '2026-01-01' }),
    form: renderNominationCard({
      language,
      step: 'form',
      departments: [{ id: 'mso', name: 'Sundhed og Omsorg', hasHr: true }, { id: 'bu', name: 'Børn og Unge', hasHr: false }],
      candidates: Array.from({ length: 10 }, (_, i) => ({ id: `id-${i}`, name: `Person ${i}`, email: `p${i}@aarhus.dk` })),
      values: { reason: 'x'.repeat(2000) },
      error: 'Udfyld feltet »Magistratsafdeling«.',
      today: '2026-01-01',
    }),
    decision: renderNominationDecisionCard({ language, nomination }),
    question: renderNominationQuestionCard({ language, programmeId: 'p-1', traineeName: 'Jonas Berg', hrName: 'Lars Holm', question: 'Hvorfor?' }),
    welcome: renderProgrammeWelcomeCard({ language, leaderName: 'Mette', hrName: 'Lars', departmentName: 'Sundhed og Omsorg' }),
    departments: renderDepartmentsCard({
      language,
      departments: [{ id: 'mso', name: 'Sundhed og Omsorg', hrConsultants: [{ id: 'l', name: 'Lars Holm' }] }, { id: 'bu', name: 'Børn og Unge', hrConsultants: [] }],
      candidates: [{ id: 'k', name: 'Karin' }],
    }),
  };

  it.each(Object.keys(cards) as (keyof typeof cards)[])('%s: every binding is filled and the card is small', (name) => {
    expect(unboundExpressions(cards[name])).toEqual([]);
    expect(byteSize(cards[name])).toBeLessThan(28_000);
    expect(visibleText(cards[name]).length).toBeGreaterThan(0);
  });

  it('the decision card shows the answers, an open question as not yet answered, and buttons with the programme id only', () => {
    const text = visibleText(cards.decision);
    expect(text).toContain('Fordi.');
    expect(text).toContain(language === 'da' ? 'Den nærmeste leder har ikke svaret endnu.' : 'The nearest leader has not answered yet.');
    expect(text).toContain(language === 'da' ? '1. marts 2026' : '1 March 2026');
    expect(JSON.stringify(cards.decision)).toContain('{"verb":"nomination.accept","programmeId":"p-1"}');
  });

  it('a department without an HR consultant says so in the choice', () => {
    expect(JSON.stringify(cards.form)).toContain(language === 'da' ? 'Børn og Unge (ingen HR-konsulent endnu)' : 'Børn og Unge (no HR consultant yet)');
  });
});
