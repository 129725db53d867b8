/**
 * The cards of the joint start-up meeting: choosing the department's trainees (a multi-select of
 * the programmes the HR consultant can include) and the times every participant is free (a button
 * per time). The confirmation is booking's own card (bookingCards.ts), marked as the joint meeting.
 */
import choiceTemplate from './jointStartupChoice.json';
import proposalsTemplate from './jointStartupProposals.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { formatTimeSpan } from './bookingCards';
import { CARD_VERBS } from './cardVerbs';
import { JOINT_STARTUP_TEXTS } from './jointStartupTexts';
import { Language } from './language';
import { inLanguage } from '../domain/localizedText';

export interface JointStartupChoiceCardViewModel {
  language: Language;
  candidates: readonly { programmeId: string; traineeName: string; leaderName: string }[];
  /** Programme ids ticked already (e.g. when the card comes back after a refusal). */
  selected?: readonly string[];
}

/** What the application proposes; `JointStartupProposal` fits as it is. */
export interface JointStartupProposalsCardViewModel {
  language: Language;
  proposal: {
    programmeIds: readonly string[];
    traineeNames: readonly string[];
    participants: readonly string[];
    durationMinutes: number;
    slots: readonly { start: string; end: string }[];
  };
  /** Said above the times, e.g. that the chosen time was taken meanwhile. */
  notice?: string;
}

export function renderJointStartupChoiceCard(vm: JointStartupChoiceCardViewModel): AdaptiveCard {
  const texts = inLanguage(JOINT_STARTUP_TEXTS, vm.language);
  return expandCard(choiceTemplate, {
    texts,
    selected: (vm.selected ?? []).join(','),
    candidates: vm.candidates.map((c) => ({
      title: texts.candidate({ trainee: c.traineeName, leader: c.leaderName }),
      value: c.programmeId,
    })),
    proposeData: { verb: CARD_VERBS.jointStartupPropose },
  });
}

export function renderJointStartupProposalsCard(vm: JointStartupProposalsCardViewModel): AdaptiveCard {
  const texts = inLanguage(JOINT_STARTUP_TEXTS, vm.language);
  const p = vm.proposal;
  const programmeIds = p.programmeIds.join(',');
  return expandCard(proposalsTemplate, {
    texts,
    notice: vm.notice ?? '',
    facts: [
      { title: texts.trainees, value: p.traineeNames.join(', ') },
      { title: texts.participants, value: p.participants.join(', ') },
      { title: texts.duration, value: texts.minutes({ minutes: p.durationMinutes }) },
    ],
    intro: p.slots.length > 0 ? texts.chooseTime : texts.noSlots,
    slots: p.slots.map((slot) => ({
      title: formatTimeSpan(slot.start, slot.end, vm.language),
      data: { verb: CARD_VERBS.jointStartupBook, programmeIds, start: slot.start },
    })),
  });
}
