import { ForbiddenError, RuleViolation, ValidationError } from '../../bot/src/domain/errors';
import { Programme } from '../../bot/src/domain/programme';
import {
  DEPARTMENT,
  FOREIGN_HR,
  HR,
  LEADER,
  OTHER_DEPARTMENT,
  OTHER_HR,
  STRANGER,
  TRAINEE,
  closed,
  day,
  expectError,
  expectRefused,
  inDevelopment,
  midwayHeld,
  midwayRecord,
  nominated,
  nominationInput,
} from './builders';

describe('nomination (indstilling)', () => {
  it('the nearest leader nominates an employee, and the programme starts in the nomination phase', () => {
    const p = Programme.nominate(nominationInput(), day(0), LEADER.id);
    const s = p.toState();
    expect(s.phase).toBe('nomination');
    expect(s.phaseHistory).toEqual([{ phase: 'nomination', enteredAt: day(0).toISOString() }]);
    expect(s.nominated).toEqual({ at: day(0).toISOString(), by: LEADER.id });
    expect(s.departmentId).toBe('mso');
    expect(s.trainee).toEqual(TRAINEE);
    expect(s.leader).toEqual(LEADER);
    expect(s.hrConsultant).toBeUndefined();
    expect(s.agreements).toEqual([]);
    expect(s.conversations).toEqual([]);
    expect(s.followUps).toEqual([]);
    expect(s.personalityTest).toEqual({});
  });

  it('only the nearest leader can nominate an employee', () => {
    expectError(() => Programme.nominate(nominationInput(), day(0), TRAINEE.id), ForbiddenError, 'onlyLeaderNominates');
    expectError(() => Programme.nominate(nominationInput(), day(0), HR.id), ForbiddenError, 'onlyLeaderNominates');
  });

  it('a leader cannot nominate themselves as trainee', () => {
    expectError(
      () => Programme.nominate(nominationInput({ trainee: LEADER }), day(0), LEADER.id),
      RuleViolation,
      'traineeIsLeader',
    );
  });

  it('an HR consultant chosen at nomination must serve the trainee’s department', () => {
    expectError(
      () => Programme.nominate(nominationInput({ hrConsultant: FOREIGN_HR }), day(0), LEADER.id),
      RuleViolation,
      'hrNotInDepartment',
    );
    const p = Programme.nominate(nominationInput({ hrConsultant: OTHER_HR }), day(0), LEADER.id);
    expect(p.hrConsultant).toEqual(OTHER_HR);
  });

  it('the HR consultant cannot also be the trainee or the leader', () => {
    const department = { ...DEPARTMENT, hrConsultants: [HR, TRAINEE] };
    expectError(
      () => Programme.nominate(nominationInput({ department, hrConsultant: TRAINEE }), day(0), LEADER.id),
      RuleViolation,
      'hrIsParticipant',
    );
  });

  it('the leader must give a reason for the nomination, and not an endless one', () => {
    expectError(
      () => Programme.nominate(nominationInput({ reason: '   ' }), day(0), LEADER.id),
      ValidationError,
      'required',
      'reason',
    );
    expectError(
      () => Programme.nominate(nominationInput({ reason: 'x'.repeat(2001) }), day(0), LEADER.id),
      ValidationError,
      'tooLong',
      'reason',
    );
  });

  it('names and ids of the people are required', () => {
    expectError(
      () => Programme.nominate(nominationInput({ trainee: { id: 't', name: '' } }), day(0), LEADER.id),
      ValidationError,
      'required',
      'trainee.name',
    );
    expectError(
      () => Programme.nominate(nominationInput({ id: '' }), day(0), LEADER.id),
      ValidationError,
      'invalidId',
      'id',
    );
    expectError(
      () => Programme.nominate(nominationInput({ id: 'a\nb' }), day(0), LEADER.id),
      ValidationError,
      'invalidId',
      'id',
    );
  });

  it('whether the trainee has done lederafklaringsforløb must be answered yes or no', () => {
    const input = nominationInput({ leaderClarificationCompleted: undefined as unknown as boolean });
    expectError(() => Programme.nominate(input, day(0), LEADER.id), ValidationError, 'invalidChoice', 'leaderClarificationCompleted');
  });

  it('the nomination date must be a real date', () => {
    expectError(
      () => Programme.nominate(nominationInput(), new Date('not a date'), LEADER.id),
      ValidationError,
      'invalidDate',
      'at',
    );
  });
});

describe('attaching the HR consultant', () => {
  it('the leader attaches an HR consultant of the department', () => {
    const p = nominated({ withHr: false });
    p.attachHrConsultant(HR, DEPARTMENT, day(1), LEADER.id);
    expect(p.hrConsultant).toEqual(HR);
    expect(p.roleOf(HR.id)).toBe('hrConsultant');
  });

  it('an HR consultant of the department can attach themselves', () => {
    const p = nominated({ withHr: false });
    p.attachHrConsultant(OTHER_HR, DEPARTMENT, day(1), OTHER_HR.id);
    expect(p.hrConsultant).toEqual(OTHER_HR);
  });

  it('someone outside the programme and the department cannot attach an HR consultant', () => {
    const p = nominated({ withHr: false });
    expectRefused(p, (x) => x.attachHrConsultant(HR, DEPARTMENT, day(1), STRANGER.id), ForbiddenError, 'onlyLeaderOrDepartmentHrAttachesHr');
    expectRefused(p, (x) => x.attachHrConsultant(HR, DEPARTMENT, day(1), TRAINEE.id), ForbiddenError, 'onlyLeaderOrDepartmentHrAttachesHr');
  });

  it('the HR consultant must come from the programme’s own department', () => {
    const p = nominated({ withHr: false });
    expectRefused(p, (x) => x.attachHrConsultant(FOREIGN_HR, DEPARTMENT, day(1), LEADER.id), RuleViolation, 'hrNotInDepartment');
    expectRefused(p, (x) => x.attachHrConsultant(FOREIGN_HR, OTHER_DEPARTMENT, day(1), LEADER.id), RuleViolation, 'departmentMismatch');
  });

  it('attaching the HR consultant who is already attached is refused', () => {
    const p = nominated();
    expectRefused(p, (x) => x.attachHrConsultant(HR, DEPARTMENT, day(1), LEADER.id), RuleViolation, 'hrAlreadyAttached');
  });

  it('a new HR consultant takes over booked conversations, while held ones keep who was there', () => {
    const p = inDevelopment();
    p.book('midway', 'm', day(180), 60, day(170), HR.id);
    p.attachHrConsultant(OTHER_HR, DEPARTMENT, day(171), LEADER.id);
    expect(p.conversation('m').participants).toEqual([TRAINEE.id, LEADER.id, OTHER_HR.id]);
    expect(p.conversation('conv-part1').participants).toEqual([TRAINEE.id, LEADER.id, HR.id]);
    expect(p.roleOf(HR.id)).toBeUndefined();
  });

  it('an HR consultant who takes over can finish a held interview; the one who left cannot', () => {
    const p = midwayHeld();
    p.attachHrConsultant(OTHER_HR, DEPARTMENT, day(181), HR.id);
    expect(p.conversation('conv-midway').participants).toContain(HR.id);
    expectRefused(
      p,
      (x) => x.document('conv-midway', { kind: 'midway', data: midwayRecord() }, day(181), HR.id),
      ForbiddenError,
      'notConversationParticipant',
    );
    p.document('conv-midway', { kind: 'midway', data: midwayRecord() }, day(181), OTHER_HR.id);
    expect(p.conversation('conv-midway').status).toBe('documented');
  });

  it('a closed programme cannot get a new HR consultant', () => {
    expectRefused(closed(), (x) => x.attachHrConsultant(OTHER_HR, DEPARTMENT, day(400), LEADER.id), RuleViolation, 'programmeClosed');
  });
});
