/**
 * The department's decision on a nomination, and the leader's answer to HR's question. Who may
 * decide is read from storage inside the use case: the actor's roles (changeProgramme's actor
 * facts: only someone who may see the programme gets further) and the programme's department as
 * stored, whose HR consultants alone may decide. A card's data names only the programme.
 *
 * Who is told: the leader learns the outcome (accepted, a question, declined with the reason); on
 * acceptance the trainee is welcomed with what the year holds; an answer goes back to the HR
 * consultant who asked, as the decision card again. Each in their own language (tell()).
 * On acceptance, when Microsoft Graph is configured, the programme's group chat is created for the
 * three (programmeChat/createProgrammeChat.ts).
 */
import { Department } from '../domain/department';
import { notFound } from '../domain/messages';
import { NominationDecision, NOMINATION_DECISIONS, nominationSummary } from '../domain/nomination';
import { PersonId } from '../domain/people';
import { Programme } from '../domain/programme';
import { checkChoice } from '../domain/validation';
import { ChangeDeps, changeProgramme } from './changeProgramme';
import { NominationDeps } from './nomination';
import { tell, Telling } from './tell';
import { openProgrammeChat } from './programmeChat/createProgrammeChat';
import type { ProgrammeChatDeps } from './programmeChat/programmeChatTypes';

export interface NominationDecisionRequest {
  actorId: PersonId;
  programmeId: string;
  decision: NominationDecision;
  /** The question (ask) or the reason (decline); ignored on accept. */
  text?: string;
}

const ACTIONS: Readonly<Record<NominationDecision, string>> = {
  accept: 'nomination.accepted',
  ask: 'nomination.questionAsked',
  decline: 'nomination.declined',
};

export async function decideNomination(
  deps: NominationDeps & ChangeDeps & { programmeChat?: ProgrammeChatDeps },
  request: NominationDecisionRequest,
): Promise<{ traineeName: string }> {
  const decision = checkChoice(request.decision, 'decision', NOMINATION_DECISIONS);
  // The department list is one small partition (six rows); reading it first lets the change itself
  // stay synchronous inside changeProgramme, which reads the programme and the actor's roles.
  const departments = await deps.departments.list();
  const { programme, result: department } = await changeProgramme(
    deps,
    { programmeId: request.programmeId, actorId: request.actorId, action: ACTIONS[decision] },
    (p, at) => {
      const stored = departmentOf(departments, p);
      const text = request.text ?? '';
      if (decision === 'accept') p.acceptNomination(stored, at, request.actorId);
      if (decision === 'ask') p.askAboutNomination(text, stored, at, request.actorId);
      if (decision === 'decline') p.declineNomination(text, stored, at, request.actorId);
      return stored;
    },
  );
  const hrName = department.hrConsultants.find((hr) => hr.id === request.actorId)?.name ?? '';
  const base = { programmeId: programme.id, traineeName: programme.trainee.name, hrName };
  const tellings: Telling[] = [];
  if (decision === 'accept') {
    tellings.push({ to: programme.leader.id, notice: { kind: 'nominationAccepted', ...base } });
    tellings.push({
      to: programme.trainee.id,
      notice: { kind: 'welcomeToProgramme', programmeId: programme.id, leaderName: programme.leader.name, hrName, departmentName: department.name },
    });
  }
  if (decision === 'ask') {
    const question = programme.toState().nominationQuestions?.at(-1)?.question ?? '';
    tellings.push({ to: programme.leader.id, notice: { kind: 'nominationQuestion', ...base, question } });
  }
  if (decision === 'decline') {
    tellings.push({ to: programme.leader.id, notice: { kind: 'nominationDeclined', ...base, reason: programme.declined()?.reason ?? '' } });
  }
  await tell(deps, tellings.filter((t) => t.to !== request.actorId));
  // With Microsoft Graph the three get their programme's chat at once; a failure is logged and changes nothing.
  if (decision === 'accept' && deps.programmeChat?.creator) {
    await openProgrammeChat({ ...deps, programmeChat: deps.programmeChat }, programme, request.actorId);
  }
  return { traineeName: programme.trainee.name };
}

export interface NominationAnswerRequest {
  actorId: PersonId;
  programmeId: string;
  answer: string;
}

/** The leader answers HR's open question; the HR consultant who asked gets the decision card again, with the answer. */
export async function answerNominationQuestion(deps: NominationDeps & ChangeDeps, request: NominationAnswerRequest): Promise<void> {
  const departments = await deps.departments.list();
  const { programme, result: department } = await changeProgramme(
    deps,
    { programmeId: request.programmeId, actorId: request.actorId, action: 'nomination.questionAnswered' },
    (p, at) => {
      p.answerNominationQuestion(request.answer, at, request.actorId);
      return departmentOf(departments, p);
    },
  );
  const state = programme.toState();
  const askedBy = state.nominationQuestions?.at(-1)?.asked.by;
  if (!askedBy || askedBy === request.actorId) return;
  await tell(deps, [{ to: askedBy, notice: { kind: 'nominationToDecide', nomination: nominationSummary(state, department) } }]);
}

function departmentOf(departments: readonly Department[], programme: Programme): Department {
  const found = departments.find((d) => d.id === programme.departmentId);
  if (!found) throw notFound('departmentNotFound');
  return found;
}
