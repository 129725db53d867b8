import { ForbiddenError, RuleViolation, ValidationError } from '../../bot/src/domain/errors';
import { programmePeriodEnd } from '../../bot/src/domain/takeOffEligibility';
import { HR, LEADER, TRAINEE, closed, day, expectRefused, inCompletion, inDevelopment } from './builders';

const registration = { needsNow: 'Sparring på min første ansøgning.', wantsApplicationGuidance: true, joinNetwork: false };

describe('take-off registration', () => {
  it('the trainee registers during completion: what is needed now, guidance on the application, the network', () => {
    const p = inCompletion();
    p.registerTakeOff(registration, day(331), TRAINEE.id);
    expect(p.takeOff()).toEqual({ registered: { at: day(331).toISOString(), by: TRAINEE.id }, ...registration });
  });

  it('the trainee can change the registration by registering again', () => {
    const p = inCompletion();
    p.registerTakeOff(registration, day(331), TRAINEE.id);
    p.registerTakeOff({ ...registration, joinNetwork: true }, day(332), TRAINEE.id);
    expect(p.takeOff()).toMatchObject({ joinNetwork: true, registered: { at: day(332).toISOString() } });
  });

  it('the take-off event can still be registered for after the programme has closed', () => {
    const p = closed();
    p.registerTakeOff(registration, day(360), TRAINEE.id);
    expect(p.takeOff()?.wantsApplicationGuidance).toBe(true);
  });

  it('only the trainee registers', () => {
    expectRefused(inCompletion(), (x) => x.registerTakeOff(registration, day(331), LEADER.id), ForbiddenError, 'onlyTraineeRegistersTakeOff');
    expectRefused(inCompletion(), (x) => x.registerTakeOff(registration, day(331), HR.id), ForbiddenError, 'onlyTraineeRegistersTakeOff');
  });

  it('registration opens in the completion phase', () => {
    expectRefused(inDevelopment(), (x) => x.registerTakeOff(registration, day(40), TRAINEE.id), RuleViolation, 'wrongPhase');
  });

  it('in the development part, registration opens only when the agreed period ends by the given date', () => {
    const p = inDevelopment();
    const end = programmePeriodEnd(p.toState())!;
    const dayBefore = new Date(Date.parse(`${end}T00:00:00.000Z`) - 86_400_000).toISOString().slice(0, 10);
    expectRefused(p, (x) => x.registerTakeOff(registration, day(300), TRAINEE.id, { periodEndingBy: dayBefore }), RuleViolation, 'wrongPhase');
    p.registerTakeOff(registration, day(300), TRAINEE.id, { periodEndingBy: end });
    expect(p.takeOff()?.registered.at).toBe(day(300).toISOString());
  });

  it('the yes/no questions must be answered', () => {
    const p = inCompletion();
    expectRefused(
      p,
      (x) => x.registerTakeOff({ ...registration, joinNetwork: undefined as unknown as boolean }, day(331), TRAINEE.id),
      ValidationError,
      'invalidChoice',
      'joinNetwork',
    );
    expectRefused(p, (x) => x.registerTakeOff({ ...registration, needsNow: 'x'.repeat(2001) }, day(331), TRAINEE.id), ValidationError, 'tooLong', 'needsNow');
  });
});
