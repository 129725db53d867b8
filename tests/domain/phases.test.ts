import { ForbiddenError, RuleViolation } from '../../bot/src/domain/errors';
import { GateNotMet } from '../../bot/src/domain/gates';
import {
  HR,
  LEADER,
  STRANGER,
  TRAINEE,
  agreementAccepted,
  agreementDrafted,
  closed,
  day,
  expectBothLanguages,
  expectRefused,
  inCompletion,
  inDevelopment,
  inStartup,
  midwayDocumented,
  midwayHeld,
  nominated,
  part1Documented,
  transitionHeld,
} from './builders';

describe('phases move forward only when the gate of the next phase holds', () => {
  it('start-up cannot begin before an HR consultant is attached', () => {
    const p = nominated({ withHr: false });
    const error = expectRefused(p, (x) => x.beginStartup(day(1), LEADER.id), GateNotMet, 'hrConsultantNotAttached');
    expect((error as GateNotMet).missing.map((m) => m.code)).toEqual(['hrConsultantNotAttached']);
    expect((error as GateNotMet).target).toBe('startup');
  });

  it('start-up begins once an HR consultant is attached', () => {
    const p = nominated();
    p.beginStartup(day(1), LEADER.id);
    expect(p.phase).toBe('startup');
    expect(p.phaseHistory()).toEqual([
      { phase: 'nomination', enteredAt: day(0).toISOString() },
      { phase: 'startup', enteredAt: day(1).toISOString() },
    ]);
  });

  it('a gate refusal is a rule violation, with the first missing item as its code', () => {
    const p = inStartup();
    const error = expectRefused(p, (x) => x.beginDevelopment(day(5), LEADER.id), RuleViolation, 'personalityTestNotTaken');
    expect((error as GateNotMet).missing).toHaveLength(5);
  });

  it('the learning agreement must be approved (godkendt) by both trainee and leader before the development part can begin', () => {
    const p = agreementDrafted();
    p.acceptAgreement(day(20), TRAINEE.id);
    const error = expectRefused(p, (x) => x.beginDevelopment(day(21), LEADER.id), GateNotMet, 'agreementNotAccepted');
    expect(error.text.da).toBe(
      'Læringsaftalen skal godkendes af både ledertraineen og den nærmeste leder, før udviklingsdelen kan begynde.',
    );
  });

  it('development cannot begin before part 2 of the start-up interview is documented', () => {
    expectRefused(part1Documented(), (x) => x.beginDevelopment(day(12), LEADER.id), GateNotMet, 'startupPart2NotDocumented');
  });

  it('development begins when the personality test, both start-up parts and the accepted agreement are in place', () => {
    const p = agreementAccepted();
    expect(p.gate('development')).toEqual({ target: 'development', missing: [], ready: true });
    p.beginDevelopment(day(22), TRAINEE.id);
    expect(p.phase).toBe('development');
  });

  it('when the trainee has done lederafklaringsforløb, the development gate does not ask for a personality test', () => {
    const p = inStartup({ leaderClarificationCompleted: true });
    expect(p.gate('development').missing.map((m) => m.code)).toEqual([
      'startupPart1NotDocumented',
      'startupPart2NotDocumented',
      'agreementNotAccepted',
    ]);
    const q = agreementAccepted({ leaderClarificationCompleted: true });
    q.beginDevelopment(day(22), LEADER.id);
    expect(q.phase).toBe('development');
  });

  it('completion cannot begin before the midway interview is documented', () => {
    expectRefused(inDevelopment(), (x) => x.beginCompletion(day(300), LEADER.id), GateNotMet, 'midwayNotDocumented');
    expectRefused(midwayHeld(), (x) => x.beginCompletion(day(300), LEADER.id), GateNotMet, 'midwayNotDocumented');
  });

  it('completion begins once the midway interview is documented', () => {
    const p = midwayDocumented();
    p.beginCompletion(day(330), HR.id);
    expect(p.phase).toBe('completion');
  });

  it('phases come in order: a programme cannot skip a phase or enter one twice', () => {
    expectRefused(nominated(), (x) => x.beginDevelopment(day(1), LEADER.id), RuleViolation, 'wrongPhase');
    expectRefused(inStartup(), (x) => x.beginStartup(day(2), LEADER.id), RuleViolation, 'wrongPhase');
    expectRefused(inStartup(), (x) => x.beginCompletion(day(2), LEADER.id), RuleViolation, 'wrongPhase');
    expectRefused(inCompletion(), (x) => x.beginDevelopment(day(340), LEADER.id), RuleViolation, 'wrongPhase');
  });

  it('the phase error names the phase it belongs to and the current phase, in Danish and English', () => {
    const error = expectRefused(nominated(), (x) => x.beginCompletion(day(1), LEADER.id), RuleViolation, 'wrongPhase');
    expect(error.text.da).toBe('Det kan kun gøres i fasen Udviklingsdel – forløbet er nu i fasen Indstilling.');
    expect(error.text.en).toBe('This can only be done in the phase Development part – the programme is now in the phase Nomination.');
  });

  it('only the people of the programme can move it on', () => {
    expectRefused(nominated(), (x) => x.beginStartup(day(1), STRANGER.id), ForbiddenError, 'notParticipant');
  });

  it('the programme closes when the transition interview is documented', () => {
    const p = transitionHeld();
    expect(p.isClosed).toBe(false);
    expect(p.nextPhaseGate()?.missing.map((m) => m.code)).toEqual(['transitionNotDocumented']);
    const q = closed();
    expect(q.isClosed).toBe(true);
    expect(q.phase).toBe('completion');
    expect(q.outcome()).toEqual({ readiness: 'leaderReady', closedAt: day(350).toISOString() });
  });

  it('a closed programme cannot be changed any more', () => {
    const p = closed();
    expectRefused(p, (x) => x.book('transition', 'again', day(360), 60, day(355), HR.id), RuleViolation, 'programmeClosed');
    expectRefused(p, (x) => x.reviseAgreement('Ny plan', day(355), LEADER.id), RuleViolation, 'programmeClosed');
    expectRefused(p, (x) => x.setBuildingBlockStatus('block-follow', 'done', day(355), TRAINEE.id), RuleViolation, 'programmeClosed');
  });
});

describe("what's due: the gate of the next phase", () => {
  it('lists what is still missing, each with a Danish and an English text', () => {
    const gate = inStartup().nextPhaseGate();
    expect(gate?.target).toBe('development');
    expect(gate?.ready).toBe(false);
    expect(gate?.missing.map((m) => m.code)).toEqual([
      'personalityTestNotTaken',
      'personalityFeedbackNotGiven',
      'startupPart1NotDocumented',
      'startupPart2NotDocumented',
      'agreementNotAccepted',
    ]);
    for (const item of gate?.missing ?? []) expectBothLanguages(item.text);
  });

  it('shrinks as things get done', () => {
    expect(agreementDrafted().nextPhaseGate()?.missing.map((m) => m.code)).toEqual(['agreementNotAccepted']);
    expect(inDevelopment().nextPhaseGate()?.missing.map((m) => m.code)).toEqual(['midwayNotDocumented']);
    expect(inCompletion().nextPhaseGate()?.missing.map((m) => m.code)).toEqual(['transitionNotDocumented']);
  });

  it('can be asked for any phase without changing anything', () => {
    const p = nominated({ withHr: false });
    const before = p.toState();
    expect(p.gate('nomination').ready).toBe(true);
    expect(p.gate('startup').ready).toBe(false);
    expect(p.gate('closed').missing.map((m) => m.code)).toEqual(['transitionNotDocumented']);
    expect(p.toState()).toEqual(before);
  });

  it('is empty once the programme is closed', () => {
    expect(closed().nextPhaseGate()).toBeUndefined();
  });
});
