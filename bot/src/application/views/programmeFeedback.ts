/**
 * The programme feedback that trainees and leaders give in the transition interview, for the
 * programme admins who develop the programme. Finds the completed programmes in the cohort
 * summaries and reads only those whole (the feedback is free text, not kept in a summary).
 */
import { LocalizedText } from '../../domain/localizedText';
import { PersonId } from '../../domain/people';
import { Readiness } from '../../domain/state';
import { actorFacts } from '../actorFacts';
import { viewNotFound } from './notFound';
import { readinessLabel } from './recordAnswers';
import { summariesOf, ViewDeps } from './viewDeps';
import { PersonView } from './viewTypes';

export interface FeedbackItemView {
  programmeId: string;
  trainee: PersonView;
  leader: PersonView;
  department: { id: string; name: string };
  documentedAt: string;
  readiness: Readiness;
  readinessLabel: LocalizedText;
  traineeFeedback: string;
  leaderFeedback: string;
}

/** How many completed programmes are read at the same time. */
const READ_AT_ONCE = 8;

export async function programmeFeedback(deps: ViewDeps, actorId: PersonId): Promise<{ items: FeedbackItemView[] }> {
  const actor = await actorFacts(deps.people, actorId);
  if (!actor.isProgrammeAdmin) throw viewNotFound();
  const [summaries, departments] = await Promise.all([summariesOf(deps).listSummaries('all'), deps.departments.list()]);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const completed = summaries.map((s) => s.state).filter((s) => s.conversations.some((c) => c.kind === 'transition' && c.status === 'documented'));
  const items: FeedbackItemView[] = [];
  for (let i = 0; i < completed.length; i += READ_AT_ONCE) {
    const loaded = await Promise.all(completed.slice(i, i + READ_AT_ONCE).map((s) => deps.programmes.load(s.id)));
    for (const { programme } of loaded) {
      const transition = programme.conversations().find((c) => c.kind === 'transition' && c.status === 'documented');
      if (transition?.record?.kind !== 'transition' || !transition.documented) continue;
      const data = transition.record.data;
      items.push({
        programmeId: programme.id,
        trainee: { id: programme.trainee.id, name: programme.trainee.name },
        leader: { id: programme.leader.id, name: programme.leader.name },
        department: { id: programme.departmentId, name: names.get(programme.departmentId) ?? programme.departmentId },
        documentedAt: transition.documented.at,
        readiness: data.readiness,
        readinessLabel: readinessLabel(data.readiness),
        traineeFeedback: data.traineeFeedback,
        leaderFeedback: data.leaderFeedback,
      });
    }
  }
  items.sort((a, b) => b.documentedAt.localeCompare(a.documentedAt));
  return { items };
}
