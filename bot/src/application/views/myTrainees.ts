/**
 * Mine ledertrainees: the programmes in which the caller is the nearest leader, with the phase,
 * the next conversation and what is overdue — open ones first, then by name.
 */
import { LocalizedText } from '../../domain/localizedText';
import { PHASE_LABELS } from '../../domain/labels';
import { PersonId } from '../../domain/people';
import { Phase } from '../../domain/state';
import { nextConversationOf, overdueOf } from './overdue';
import { ViewDeps, workingCalendarOf } from './viewDeps';
import { NextConversationView, OverdueView, PersonView } from './viewTypes';

export interface MyTraineeView {
  programmeId: string;
  trainee: PersonView;
  hrConsultant?: PersonView;
  phase: Phase;
  phaseLabel: LocalizedText;
  closed: boolean;
  nextConversation?: NextConversationView;
  overdue: OverdueView[];
}

export async function myTrainees(deps: ViewDeps, personId: PersonId): Promise<{ trainees: MyTraineeView[] }> {
  const now = deps.clock.now();
  const calendar = workingCalendarOf(deps);
  const programmes = await deps.programmes.listForPerson(personId);
  const trainees = programmes
    .filter((p) => p.leader.id === personId)
    .map((p): MyTraineeView => {
      const state = p.toState();
      const next = nextConversationOf(state, now);
      return {
        programmeId: p.id,
        trainee: { id: p.trainee.id, name: p.trainee.name },
        ...(p.hrConsultant ? { hrConsultant: { id: p.hrConsultant.id, name: p.hrConsultant.name } } : {}),
        phase: p.phase,
        phaseLabel: PHASE_LABELS[p.phase],
        closed: p.isClosed,
        ...(next ? { nextConversation: next } : {}),
        overdue: overdueOf(state, now, calendar),
      };
    })
    .sort((a, b) => Number(a.closed) - Number(b.closed) || a.trainee.name.localeCompare(b.trainee.name, 'da'));
  return { trainees };
}
