/**
 * The personality-test gate (only when the trainee has not done lederafklaringsforløbet): the
 * trainee (or HR) records that the test was taken, and the HR consultant that feedback was given.
 * Results are never stored. Whoever the step concerns next is told.
 */
import { ProgrammeEvent } from '../domain/events';
import { PersonId } from '../domain/people';
import { Programme } from '../domain/programme';
import { ChangeDeps, changeProgramme } from './changeProgramme';
import { tell, TellDeps, Telling } from './tell';

export type PersonalityTestStep = 'taken' | 'feedbackGiven';

export interface PersonalityTestRequest {
  actorId: PersonId;
  programmeId: string;
  step: PersonalityTestStep;
}

export async function recordPersonalityTestStep(deps: ChangeDeps & TellDeps, request: PersonalityTestRequest): Promise<void> {
  const { actorId, programmeId, step } = request;
  const outcome = await changeProgramme(
    deps,
    { programmeId, actorId, action: step === 'taken' ? 'personalityTest.taken' : 'personalityTest.feedbackGiven' },
    (programme, at) =>
      step === 'taken' ? programme.recordPersonalityTestTaken(at, actorId) : programme.recordPersonalityTestFeedback(at, actorId),
  );
  await tell(deps, whoIsTold(outcome.events, outcome.programme, actorId));
}

/**
 * Test taken → the HR consultant, who gives the feedback next. Feedback given → trainee and
 * leader: the start-up interview may now take place. Nobody is told what they did themselves.
 */
function whoIsTold(events: readonly ProgrammeEvent[], programme: Programme, actorId: PersonId): Telling[] {
  const base = { programmeId: programme.id, traineeName: programme.trainee.name };
  const tellings: Telling[] = [];
  for (const event of events) {
    if (event.type === 'personalityTestTaken' && programme.hrConsultant) {
      tellings.push({ to: programme.hrConsultant.id, notice: { kind: 'personalityTestTaken', ...base } });
    }
    if (event.type === 'personalityFeedbackGiven') {
      for (const person of [programme.trainee, programme.leader]) {
        tellings.push({ to: person.id, notice: { kind: 'personalityFeedbackGiven', ...base } });
      }
    }
  }
  return tellings.filter((telling) => telling.to !== actorId);
}
