import { NotFoundError } from '../../bot/src/domain/errors';
import { Programme } from '../../bot/src/domain/programme';
import { HR, LEADER, TRAINEE, closed, day, inDevelopment, nominated } from './builders';

describe('reading a programme never exposes its internal state', () => {
  it('changing what was read does not change the programme', () => {
    const p = inDevelopment();
    const before = p.toState();

    p.effectiveAgreement()!.goals.push({ id: 'x', text: 'x', evidence: 'x' });
    p.currentAgreement()!.blocks[0].status = 'dropped';
    p.agreements()[0].status = 'superseded';
    p.agreement(1).goals.length = 0;
    p.conversations()[0].status = 'cancelled';
    p.conversation('conv-part1').participants.push('x');
    p.trainee.name = 'Ændret';
    p.hrConsultant!.name = 'Ændret';
    p.participants()[0].person.name = 'Ændret';
    p.phaseHistory().length = 0;
    p.personalityTest().taken!.by = 'x';
    p.nominated.by = 'x';
    p.toState().agreements.length = 0;

    expect(p.toState()).toEqual(before);
  });

  it('a programme built from stored state does not share it with the caller', () => {
    const state = nominated().toState();
    const p = Programme.fromState(state);
    state.phase = 'completion';
    state.trainee.name = 'Ændret';
    expect(p.phase).toBe('nomination');
    expect(p.trainee.name).toBe(TRAINEE.name);
  });

  it('gives the things the tab and the cards show', () => {
    const p = inDevelopment();
    expect(p.id).toBe('programme-1');
    expect(p.departmentId).toBe('mso');
    expect(p.phase).toBe('development');
    expect(p.leader).toEqual(LEADER);
    expect(p.hrConsultant).toEqual(HR);
    expect(p.nominationReason).toContain('Tina');
    expect(p.leaderClarificationCompleted).toBe(false);
    expect(p.nominated).toEqual({ at: day(0).toISOString(), by: LEADER.id });
    expect(p.conversations().map((c) => [c.kind, c.status])).toEqual([
      ['startupPart1', 'documented'],
      ['startupPart2', 'documented'],
    ]);
    expect(p.followUps()).toEqual([]);
    expect(p.takeOff()).toBeUndefined();
    expect(p.outcome()).toBeUndefined();
    expect(p.isClosed).toBe(false);
  });

  it('lists agreement versions oldest first', () => {
    const p = inDevelopment();
    p.reviseAgreement('Ændring', day(60), LEADER.id);
    expect(p.agreements().map((a) => a.version)).toEqual([1, 2]);
    expect(() => p.agreement(3)).toThrow(NotFoundError);
  });

  it('a closed programme still shows everything that happened', () => {
    const p = closed();
    expect(p.conversations().map((c) => c.kind)).toEqual(['startupPart1', 'startupPart2', 'midway', 'transition']);
    expect(p.conversations().every((c) => c.status === 'documented')).toBe(true);
  });
});
