/**
 * The nomination card, in two steps that work in every client (Teams, the Agents Playground):
 * first a search over the person directory, then the form with the matches as choices, the
 * department, the reason, lederafklaringsforløb and the wished start. When the bot refuses the
 * input the same card comes back with the reason on top and everything the leader typed kept.
 */
import template from './nomination.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { CARD_VERBS } from './cardVerbs';
import { inLanguage } from '../domain/localizedText';
import { Language } from './language';
import { NOMINATION_TEXTS } from './nominationTexts';

export interface NominationCandidate {
  id: string;
  name: string;
  email?: string;
}

/** What the leader has typed so far (kept when the card comes back with an error). */
export interface NominationValues {
  query?: string;
  traineeId?: string;
  departmentId?: string;
  reason?: string;
  leaderClarificationCompleted?: boolean;
  wishedStart?: string;
}

export interface NominationCardViewModel {
  language: Language;
  step: 'search' | 'form';
  departments: readonly { id: string; name: string; hasHr: boolean }[];
  /** The people to choose between (form step). */
  candidates: readonly NominationCandidate[];
  values: NominationValues;
  /** Why the last submit was refused, in the user's language. */
  error?: string;
  /** Search step: e.g. nobody matched. */
  message?: string;
  /** Today (YYYY-MM-DD, Copenhagen): the earliest wished start. */
  today: string;
}

export function renderNominationCard(vm: NominationCardViewModel): AdaptiveCard {
  const texts = inLanguage(NOMINATION_TEXTS, vm.language).form;
  const values = vm.values;
  const onlyOne = vm.candidates.length === 1 ? vm.candidates[0].id : '';
  return expandCard(template, {
    texts,
    step: vm.step,
    error: vm.error ?? '',
    message: vm.message ?? '',
    query: values.query ?? '',
    candidates: vm.candidates.map((c) => ({ title: c.email ? `${c.name} (${c.email})` : c.name, value: c.id })),
    traineeId: values.traineeId ?? onlyOne,
    departments: vm.departments.map((d) => ({ title: d.hasHr ? d.name : `${d.name} ${texts.noHrYet}`, value: d.id })),
    departmentId: values.departmentId ?? '',
    reason: values.reason ?? '',
    clarification: values.leaderClarificationCompleted ? 'true' : 'false',
    wishedStart: values.wishedStart ?? '',
    today: vm.today,
    searchData: { verb: CARD_VERBS.nominationSearch },
    // The choices travel with the button, only so a refused card can show them again; the bot
    // reads the chosen person from the directory, never from here.
    submitData: { verb: CARD_VERBS.nominationSubmit, candidates: vm.candidates.map(({ id, name, email }) => ({ id, name, ...(email ? { email } : {}) })) },
  });
}

