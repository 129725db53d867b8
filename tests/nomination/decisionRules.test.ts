// The department's decision on a nomination, in the domain: who may decide, what each decision
// does to the programme, and the rules a stored nomination keeps.
import { agendaFor } from '../../bot/src/domain/agenda';
import { ForbiddenError, InvalidProgrammeStateError, RuleViolation, ValidationError } from '../../bot/src/domain/errors';
import { Programme } from '../../bot/src/domain/programme';
import {
  DEPARTMENT,
  FOREIGN_HR,
  HR,
  LEADER,
  OTHER_DEPARTMENT,
  OTHER_HR,
  TRAINEE,
  day,
  expectError,
  nominated,
  nominationInput,
} from '../domain/builders';

const waiting = () => nominated({ withHr: false });

describe('accepting a nomination', () => {
  it('an HR consultant of the department is attached and start-up begins, as the seed says', () => {
    const p = waiting();
    p.acceptNomination(DEPARTMENT, day(1), OTHER_HR.id);
    expect(p.hrConsultant).toEqual(OTHER_HR);
    expect(p.phase).toBe('startup');
    expect(p.isClosed).toBe(false);
    expect(p.takeEvents().map((e) => e.type)).toEqual(['hrConsultantAttached', 'phaseEntered']);
  });

  it('an HR consultant the leader named may be replaced by the one who accepts', () => {
    const p = nominated({ withHr: true });
    p.acceptNomination(DEPARTMENT, day(1), OTHER_HR.id);
    expect(p.hrConsultant?.id).toBe(OTHER_HR.id);
  });

  it('nobody but an HR consultant of the programme’s own department decides', () => {
    const p = waiting();
    for (const [department, by] of [
      [DEPARTMENT, LEADER.id],
      [DEPARTMENT, TRAINEE.id],
      [DEPARTMENT, FOREIGN_HR.id],
      // An HR consultant of another department, with that department: still not this programme's.
      [OTHER_DEPARTMENT, FOREIGN_HR.id],
    ] as const) {
      expectError(() => p.acceptNomination(department, day(1), by), ForbiddenError, 'onlyDepartmentHrDecides');
      expectError(() => p.declineNomination('Nej', department, day(1), by), ForbiddenError, 'onlyDepartmentHrDecides');
      expectError(() => p.askAboutNomination('Hvorfor?', department, day(1), by), ForbiddenError, 'onlyDepartmentHrDecides');
    }
    expect(p.phase).toBe('nomination');
  });

  it('a decided nomination cannot be decided again', () => {
    const p = waiting();
    p.acceptNomination(DEPARTMENT, day(1), HR.id);
    expectError(() => p.acceptNomination(DEPARTMENT, day(2), OTHER_HR.id), RuleViolation, 'nominationAlreadyDecided');
    expectError(() => p.declineNomination('For sent', DEPARTMENT, day(2), HR.id), RuleViolation, 'nominationAlreadyDecided');
  });
});

describe('asking the leader for more information', () => {
  it('HR asks, the leader answers, and HR may then ask again; one open question at a time', () => {
    const p = waiting();
    p.askAboutNomination('Har Tina prøvet at lede et projekt?', DEPARTMENT, day(1), HR.id);
    expectError(() => p.askAboutNomination('Og mere?', DEPARTMENT, day(1), HR.id), RuleViolation, 'nominationQuestionOpen');
    expectError(() => p.answerNominationQuestion('Ja', day(2), HR.id), ForbiddenError, 'onlyLeaderAnswersNominationQuestion');
    p.answerNominationQuestion('Ja, vores digitaliseringsprojekt.', day(2), LEADER.id);
    expectError(() => p.answerNominationQuestion('Igen', day(2), LEADER.id), RuleViolation, 'noOpenNominationQuestion');
    p.askAboutNomination('Hvornår kan hun starte?', DEPARTMENT, day(3), HR.id);
    expect(p.toState().nominationQuestions).toEqual([
      {
        asked: { at: day(1).toISOString(), by: HR.id },
        question: 'Har Tina prøvet at lede et projekt?',
        answered: { at: day(2).toISOString(), by: LEADER.id },
        answer: 'Ja, vores digitaliseringsprojekt.',
      },
      { asked: { at: day(3).toISOString(), by: HR.id }, question: 'Hvornår kan hun starte?' },
    ]);
    expect(p.phase).toBe('nomination');
  });

  it('an empty question is refused, naming the field', () => {
    expectError(() => waiting().askAboutNomination('  ', DEPARTMENT, day(1), HR.id), ValidationError, 'required', 'question');
  });
});

describe('declining a nomination', () => {
  it('needs a reason, and closes the programme as declined: not active, nothing waits, nothing more can change', () => {
    expectError(() => waiting().declineNomination('', DEPARTMENT, day(1), HR.id), ValidationError, 'required', 'declineReason');
    const p = waiting();
    p.declineNomination('Tina skal først have mere erfaring som koordinator.', DEPARTMENT, day(1), HR.id);
    expect(p.isClosed).toBe(true);
    expect(p.awaitsNominationDecision).toBe(false);
    expect(p.declined()).toEqual({ at: day(1).toISOString(), by: HR.id, reason: 'Tina skal først have mere erfaring som koordinator.' });
    expect(p.phase).toBe('nomination');
    for (const person of [TRAINEE, LEADER]) expect(agendaFor(p.toState(), person.id, day(2))).toEqual([]);
    expectError(() => p.recordPersonalityTestTaken(day(2), TRAINEE.id), RuleViolation, 'programmeClosed');
    expectError(() => p.attachHrConsultant(HR, DEPARTMENT, day(2), LEADER.id), RuleViolation, 'programmeClosed');
    // It survives storage unchanged.
    expect(Programme.fromState(p.toState()).declined()?.reason).toBe('Tina skal først have mere erfaring som koordinator.');
  });
});

describe('the wished start and the stored nomination', () => {
  it('the wished start is a date from the day of the nomination on', () => {
    const p = Programme.nominate(nominationInput({ wishedStart: '2025-03-01' }), day(0), LEADER.id);
    expect(p.wishedStart).toBe('2025-03-01');
    expectError(() => Programme.nominate(nominationInput({ wishedStart: '2024-12-31' }), day(0), LEADER.id), ValidationError, 'wishedStartInPast', 'wishedStart');
    expectError(() => Programme.nominate(nominationInput({ wishedStart: '1. marts' }), day(0), LEADER.id), ValidationError, 'invalidDate', 'wishedStart');
  });

  it('a stored declined programme outside the nomination phase, or a question answered without its time, is refused on load', () => {
    const accepted = waiting();
    accepted.acceptNomination(DEPARTMENT, day(1), HR.id);
    const declinedInStartup = { ...accepted.toState(), declined: { at: day(2).toISOString(), by: HR.id, reason: 'x' } };
    expect(() => Programme.fromState(declinedInStartup)).toThrow(InvalidProgrammeStateError);

    const broken = { ...waiting().toState(), nominationQuestions: [{ asked: { at: day(1).toISOString(), by: HR.id }, question: 'Hvorfor?', answer: 'Derfor' }] };
    expect(() => Programme.fromState(broken)).toThrow(InvalidProgrammeStateError);
  });
});
