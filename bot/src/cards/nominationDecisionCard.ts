/**
 * The card an HR consultant of the department gets for a nomination: who, by whom, why,
 * lederafklaringsforløb, the wished start, questions and answers so far, and three buttons:
 * approve, ask for more information, decline (the last two need the text). The buttons carry only
 * the programme id; who decides is the person pressing, checked against storage.
 */
import { formatDate } from './nominationFormat';
import template from './nominationDecision.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { CARD_VERBS } from './cardVerbs';
import { inLanguage } from '../domain/localizedText';
import { Language } from './language';
import { NOMINATION_TEXTS } from './nominationTexts';

export interface NominationDecisionCardViewModel {
  language: Language;
  nomination: {
    programmeId: string;
    trainee: { name: string; email?: string };
    leader: { name: string };
    departmentName: string;
    reason: string;
    leaderClarificationCompleted: boolean;
    wishedStart?: string;
    questions: readonly { question: string; answer?: string }[];
  };
}

export function renderNominationDecisionCard(vm: NominationDecisionCardViewModel): AdaptiveCard {
  const texts = inLanguage(NOMINATION_TEXTS, vm.language).decision;
  const n = vm.nomination;
  const data = (verb: string) => ({ verb, programmeId: n.programmeId });
  return expandCard(template, {
    texts,
    intro: texts.intro({ leader: n.leader.name, trainee: n.trainee.name }),
    trainee: n.trainee.email ? `${n.trainee.name} (${n.trainee.email})` : n.trainee.name,
    leader: n.leader.name,
    department: n.departmentName,
    clarification: n.leaderClarificationCompleted ? texts.yes : texts.no,
    wishedStart: n.wishedStart ? formatDate(n.wishedStart, vm.language) : texts.notGiven,
    reason: n.reason,
    questions: n.questions.map((q) => ({ question: q.question, answer: q.answer ?? texts.noAnswerYet })),
    acceptData: data(CARD_VERBS.nominationAccept),
    askData: data(CARD_VERBS.nominationAsk),
    declineData: data(CARD_VERBS.nominationDecline),
  });
}
