/**
 * The programme admin's card for the HR mapping: each department with its HR consultants (a
 * button removes one), and a form to add one: the department and a search over the directory;
 * when the search finds several people, the card comes back with them as choices.
 */
import template from './nominationDepartments.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { CARD_VERBS } from './cardVerbs';
import { inLanguage } from '../domain/localizedText';
import { Language } from './language';
import { NOMINATION_TEXTS } from './nominationTexts';

export interface DepartmentsCardViewModel {
  language: Language;
  departments: readonly { id: string; name: string; hrConsultants: readonly { id: string; name: string }[] }[];
  /** A confirmation or why the last change was refused. */
  message?: string;
  departmentId?: string;
  query?: string;
  candidates?: readonly { id: string; name: string; email?: string }[];
}

export function renderDepartmentsCard(vm: DepartmentsCardViewModel): AdaptiveCard {
  const texts = inLanguage(NOMINATION_TEXTS, vm.language).departments;
  return expandCard(template, {
    texts,
    message: vm.message ?? '',
    departments: vm.departments.map((d) => ({
      name: d.name,
      hr: d.hrConsultants.map((hr) => ({
        title: texts.remove({ name: hr.name, department: d.name }),
        data: { verb: CARD_VERBS.departmentHrRemove, departmentId: d.id, personId: hr.id },
      })),
    })),
    choices: vm.departments.map((d) => ({ title: d.name, value: d.id })),
    departmentId: vm.departmentId ?? '',
    query: vm.query ?? '',
    candidates: (vm.candidates ?? []).map((c) => ({ title: c.email ? `${c.name} (${c.email})` : c.name, value: c.id })),
    addData: { verb: CARD_VERBS.departmentHrAdd },
  });
}
