/**
 * Cards the bot sends about a nomination without being asked: the leader's card with HR's
 * question (and a field to answer it), and the welcome a new ledertrainee gets on acceptance,
 * with what the year holds (the phases, as on the install welcome).
 */
import questionTemplate from './nominationQuestion.json';
import welcomeTemplate from './nominationWelcome.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { CARD_VERBS } from './cardVerbs';
import { Language } from './language';
import { fill, nominationTextsFor } from './nominationTexts';
import { textsFor } from './texts';

export interface NominationQuestionCardViewModel {
  language: Language;
  programmeId: string;
  traineeName: string;
  hrName: string;
  question: string;
}

export function renderNominationQuestionCard(vm: NominationQuestionCardViewModel): AdaptiveCard {
  const texts = nominationTextsFor(vm.language).question;
  return expandCard(questionTemplate, {
    texts,
    intro: fill(texts.intro, { hr: vm.hrName, trainee: vm.traineeName }),
    question: vm.question,
    answerData: { verb: CARD_VERBS.nominationAnswer, programmeId: vm.programmeId },
  });
}

export interface ProgrammeWelcomeCardViewModel {
  language: Language;
  leaderName: string;
  hrName: string;
  departmentName: string;
}

export function renderProgrammeWelcomeCard(vm: ProgrammeWelcomeCardViewModel): AdaptiveCard {
  const texts = nominationTextsFor(vm.language).welcome;
  return expandCard(welcomeTemplate, {
    texts,
    intro: fill(texts.intro, { leader: vm.leaderName, hr: vm.hrName, department: vm.departmentName }),
    phases: textsFor(vm.language).welcome.phases.map((phase, i) => ({ number: i + 1, ...phase })),
  });
}
