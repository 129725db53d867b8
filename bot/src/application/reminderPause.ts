/**
 * `påmindelser pause` / `påmindelser genoptag`: the nearest leader or the HR consultant pauses (or
 * resumes) the reminders of their ongoing programmes, or of one trainee's when a name is given.
 * Each programme changes through changeProgramme (actor facts, ETag, audit: reminders.paused /
 * reminders.resumed); the trainee cannot pause their own.
 */
import { PersonId } from '../domain/people';
import { ChangeDeps, changeProgramme } from './changeProgramme';

export interface ReminderPauseRequest {
  actorId: PersonId;
  paused: boolean;
  /** Only programmes whose trainee's name contains this (any case); all when empty. */
  traineeName?: string;
}

/** The names of the trainees whose programmes now have their reminders paused (or resumed). */
export async function setRemindersPaused(deps: ChangeDeps, request: ReminderPauseRequest): Promise<string[]> {
  const { actorId, paused } = request;
  const wanted = (request.traineeName ?? '').trim().toLocaleLowerCase('da');
  const mine = (await deps.programmes.listForPerson(actorId)).filter((programme) => {
    const role = programme.roleOf(actorId);
    if (programme.isClosed || (role !== 'leader' && role !== 'hrConsultant')) return false;
    return wanted === '' || programme.trainee.name.toLocaleLowerCase('da').includes(wanted);
  });
  const changed: string[] = [];
  for (const programme of mine) {
    await changeProgramme(deps, { programmeId: programme.id, actorId, action: paused ? 'reminders.paused' : 'reminders.resumed' }, (p, at) =>
      p.setRemindersPaused(paused, at, actorId),
    );
    changed.push(programme.trainee.name);
  }
  return changed;
}
