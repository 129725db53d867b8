/**
 * The tab's read models, as use cases on the UseCases object: each loads through the ports,
 * checks the caller with the domain's access rules and returns a view model, never storage state.
 */
import { PersonId } from '../../domain/people';
import { cohortOverview, OverviewFilters, OverviewView } from './cohortOverview';
import { conversationTemplate, ConversationTemplateRequest, ConversationTemplateViewModel, TemplateWording } from './conversationTemplate';
import { me, MeView } from './me';
import { myTrainees, MyTraineeView } from './myTrainees';
import { FeedbackItemView, programmeFeedback } from './programmeFeedback';
import { AidResolver, programmeView, ProgrammeViewModel, ProgrammeViewRequest } from './programmeView';
import { ViewDeps } from './viewDeps';
import { OverdueCandidateCache } from './overdue';

export interface TabViewUseCases {
  /** The tab: who the caller is, their roles and programmes. */
  me(personId: PersonId): Promise<MeView>;
  /** The tab: one programme as the caller may see it (not found when they may not). `aids` titles the configured aid links. */
  programmeView(request: ProgrammeViewRequest, aids: AidResolver): Promise<ProgrammeViewModel>;
  /** The tab's meeting side panel: a conversation's template as its card asks it, with what the caller may see written. */
  conversationTemplate(request: ConversationTemplateRequest, aids: AidResolver, wording: TemplateWording): Promise<ConversationTemplateViewModel>;
  /** The tab: a leader's own trainees. */
  myTrainees(personId: PersonId): Promise<{ trainees: MyTraineeView[] }>;
  /** The tab: HR's department cohort, or every programme for a programme admin. */
  cohortOverview(personId: PersonId, filters: OverviewFilters): Promise<OverviewView>;
  /** The tab: the programme feedback from transition interviews (programme admins), found through the cohort summaries. */
  programmeFeedbackView(personId: PersonId): Promise<{ items: FeedbackItemView[] }>;
}

export function tabViewUseCases(deps: ViewDeps): TabViewUseCases {
  // Built once with the use cases: what is overdue, worked out once per programme revision.
  const overdueCache = new OverdueCandidateCache();
  return {
    me: (personId) => me(deps, personId),
    programmeView: (request, aids) => programmeView(deps, request, aids),
    conversationTemplate: (request, aids, wording) => conversationTemplate(deps, request, aids, wording),
    myTrainees: (personId) => myTrainees(deps, personId),
    cohortOverview: (personId, filters) => cohortOverview(deps, personId, filters, overdueCache),
    programmeFeedbackView: (personId) => programmeFeedback(deps, personId),
  };
}
