import { Actor, canViewProgramme } from '../../bot/src/domain/access';
import { ForbiddenError } from '../../bot/src/domain/errors';
import { FOREIGN_HR, HR, LEADER, OTHER_HR, STRANGER, TRAINEE, expectError, nominated } from './builders';

const actor = (id: string, overrides: Partial<Actor> = {}): Actor => ({ id, isProgrammeAdmin: false, hrDepartmentIds: [], ...overrides });

describe('roles in a programme', () => {
  it('knows who is trainee, leader and HR consultant', () => {
    const p = nominated();
    expect(p.roleOf(TRAINEE.id)).toBe('trainee');
    expect(p.roleOf(LEADER.id)).toBe('leader');
    expect(p.roleOf(HR.id)).toBe('hrConsultant');
    expect(p.roleOf(STRANGER.id)).toBeUndefined();
  });

  it('lists the participants with their roles', () => {
    expect(nominated().participants()).toEqual([
      { role: 'trainee', person: TRAINEE },
      { role: 'leader', person: LEADER },
      { role: 'hrConsultant', person: HR },
    ]);
    expect(nominated({ withHr: false }).participants().map((x) => x.role)).toEqual(['trainee', 'leader']);
  });
});

describe('who may see a programme', () => {
  it('the trainee, the leader and the attached HR consultant see their programme', () => {
    const p = nominated();
    for (const person of [TRAINEE, LEADER, HR]) expect(p.canView(actor(person.id))).toBe(true);
  });

  it('HR consultants see the programmes of their own department', () => {
    expect(nominated().canView(actor(OTHER_HR.id, { hrDepartmentIds: ['mso'] }))).toBe(true);
  });

  it('HR consultants of another department do not', () => {
    expect(nominated().canView(actor(FOREIGN_HR.id, { hrDepartmentIds: ['bu'] }))).toBe(false);
  });

  it('programme admins see every programme', () => {
    expect(nominated().canView(actor('admin', { isProgrammeAdmin: true }))).toBe(true);
  });

  it('anyone else is refused with a Danish and an English explanation', () => {
    const p = nominated();
    expect(p.canView(actor(STRANGER.id))).toBe(false);
    const error = expectError(() => p.assertCanView(actor(STRANGER.id)), ForbiddenError, 'notAllowedToView');
    expect(error.messageFor('da-DK')).toBe('Du har ikke adgang til dette ledertraineeforløb.');
    expect(error.messageFor('en-GB')).toBe('You do not have access to this leader-trainee programme.');
    expect(() => p.assertCanView(actor(TRAINEE.id))).not.toThrow();
  });

  it('the policy also works on stored state, for lists', () => {
    expect(canViewProgramme(nominated().toState(), actor(LEADER.id))).toBe(true);
  });
});
