/**
 * Cards the bot sends about a nomination without being asked: the leader's card with HR's
 * question (and a field to answer it), and the welcome a new ledertrainee gets when the nomination is
 * approved, with how the programme is built (the phases, as on the install welcome).
 */
import questionTemplate from './nominationQuestion.json';
import welcomeTemplate from './nominationWelcome.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { CARD_VERBS } from './cardVerbs';
import { inLanguage } from '../domain/localizedText';
import { Language } from './language';
import { NOMINATION_TEXTS } from './nominationTexts';
import { phaseOverview } from './welcomeCard';

export interface NominationQuestionCardViewModel {
  language: Language;
  programmeId: string;
  traineeName: string;
  hrName: string;
  question: string;
}

export function renderNominationQuestionCard(vm: NominationQuestionCardViewModel): AdaptiveCard {
  const texts = inLanguage(NOMINATION_TEXTS, vm.language).question;
  return expandCard(questionTemplate, {
    texts,
    intro: texts.intro({ hr: vm.hrName, trainee: vm.traineeName }),
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
  const texts = inLanguage(NOMINATION_TEXTS, vm.language).welcome;
  return expandCard(welcomeTemplate, {
    texts,
    intro: texts.intro({ leader: vm.leaderName, hr: vm.hrName, department: vm.departmentName }),
    phases: phaseOverview(vm.language),
  });
}
