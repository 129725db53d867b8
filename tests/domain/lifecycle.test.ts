import { Programme } from '../../bot/src/domain/programme';
import {
  ASPIRANT_BLOCK,
  GOAL_1,
  HR,
  LEADER,
  TRAINEE,
  closed,
  day,
  inDevelopment,
  nominationInput,
  part1Record,
  part2Record,
  midwayRecord,
  transitionRecord,
} from './builders';

describe('a whole programme, from nomination to the transition interview', () => {
  it('runs through every phase and closes with the readiness verdict', () => {
    const p = Programme.nominate(nominationInput({ hrConsultant: undefined }), day(0), LEADER.id);
    expect(p.phase).toBe('nomination');
    expect(p.nextPhaseGate()?.missing.map((m) => m.code)).toEqual(['hrConsultantNotAttached']);

    p.attachHrConsultant(HR, { id: 'mso', name: 'Sundhed og Omsorg', hrConsultants: [HR] }, day(1), HR.id);
    p.beginStartup(day(1), HR.id);
    expect(p.nextPhaseGate()?.missing.map((m) => m.code)).toEqual([
      'personalityTestNotTaken',
      'personalityFeedbackNotGiven',
      'startupPart1NotDocumented',
      'startupPart2NotDocumented',
      'agreementNotAccepted',
    ]);

    p.recordPersonalityTestTaken(day(2), TRAINEE.id);
    p.recordPersonalityTestFeedback(day(3), HR.id);
    p.book('startupPart1', 'c1', day(10), 90, day(4), HR.id, { format: 'jointDepartmentMeeting' });
    p.markHeld('c1', day(10), HR.id);
    p.document('c1', { kind: 'startupPart1', data: part1Record({ format: 'jointDepartmentMeeting' }) }, day(10), HR.id);
    p.book('startupPart2', 'c2', day(19), 120, day(11), TRAINEE.id);
    p.markHeld('c2', day(19), TRAINEE.id);
    p.document('c2', { kind: 'startupPart2', data: part2Record() }, day(19), LEADER.id, {
      goalIds: ['g1', 'g2'],
      aspirantBlockId: 'b-aspirant',
    });
    expect(p.currentAgreement()?.status).toBe('draft');
    p.acceptAgreement(day(20), TRAINEE.id);
    expect(p.acceptAgreement(day(20), LEADER.id)).toBe('accepted');
    p.acknowledgeAgreement(day(21), HR.id);
    expect(p.nextPhaseGate()).toEqual({ target: 'development', missing: [], ready: true });
    p.beginDevelopment(day(22), LEADER.id);

    p.book('followUp', 'f1', day(50), 60, day(30), LEADER.id);
    p.markHeld('f1', day(50), LEADER.id);
    p.recordFollowUp(
      { id: 'e1', conversationId: 'f1', blocksDiscussed: ['b-aspirant'], learned: 'Dagsordener.', nextActions: 'Lede næste møde.' },
      day(50),
      TRAINEE.id,
    );
    p.setBuildingBlockStatus('b-aspirant', 'inProgress', day(60), TRAINEE.id);
    p.book('midway', 'm1', day(180), 60, day(170), HR.id);
    p.markHeld('m1', day(180), HR.id);
    p.document(
      'm1',
      {
        kind: 'midway',
        data: midwayRecord({
          goalStatuses: [
            { goalId: 'g1', status: 'onTrack', comment: '' },
            { goalId: 'g2', status: 'reached', comment: '' },
          ],
        }),
      },
      day(180),
      HR.id,
    );
    p.beginCompletion(day(330), HR.id);
    p.book('transition', 't1', day(350), 90, day(331), LEADER.id);
    p.markHeld('t1', day(350), LEADER.id);
    p.registerTakeOff({ needsNow: 'Sparring på ansøgningen.', wantsApplicationGuidance: true, joinNetwork: true }, day(351), TRAINEE.id);
    p.document(
      't1',
      {
        kind: 'transition',
        data: transitionRecord({
          goalResults: [
            { goalId: 'g1', effect: 'Leder møder.', result: 'Nået' },
            { goalId: 'g2', effect: 'Kender LUS.', result: 'Nået' },
          ],
          readiness: 'inLeaderJob',
        }),
      },
      day(352),
      HR.id,
    );

    expect(p.isClosed).toBe(true);
    expect(p.outcome()).toEqual({ readiness: 'inLeaderJob', closedAt: day(352).toISOString() });
    expect(p.phaseHistory().map((h) => h.phase)).toEqual(['nomination', 'startup', 'development', 'completion']);
    expect(p.nextPhaseGate()).toBeUndefined();
    expect(p.gate('closed').ready).toBe(true);
  });

  it('gives the same state for the same calls (dates and ids come from the caller)', () => {
    expect(closed().toState()).toEqual(closed().toState());
  });

  it('survives being stored as JSON and loaded again', () => {
    const p = inDevelopment();
    const reloaded = Programme.fromState(JSON.parse(JSON.stringify(p.toState())));
    expect(reloaded.toState()).toEqual(p.toState());
    reloaded.setBuildingBlockStatus(ASPIRANT_BLOCK, 'inProgress', day(40), TRAINEE.id);
    expect(reloaded.effectiveAgreement()?.goals[0].id).toBe(GOAL_1);
  });
});
