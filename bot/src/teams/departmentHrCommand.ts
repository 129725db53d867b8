/**
 * "afdeling" / "hr" (programme admins): each department's HR consultants, with buttons to remove
 * one and a form to add one. The card's buttons are here too.
 */
import { TurnContext } from 'botbuilder';
import { UseCases } from '../application/useCases';
import { CARD_VERBS, Language, NOMINATION_TEXTS, renderDepartmentsCard } from '../cards';
import { inLanguage } from '../domain/localizedText';
import { invalid } from '../domain/messages';
import { CardActionDefinition } from './cardActions';
import { CommandDefinition } from './commands';
import { cardMessage } from './replies';

type DepartmentUseCases = Pick<UseCases, 'departmentHrOverview' | 'setDepartmentHr' | 'searchPeople'>;

interface Shown {
  message?: string;
  departmentId?: string;
  query?: string;
  candidates?: { id: string; name: string; email?: string }[];
}

async function showDepartments(useCases: DepartmentUseCases, context: TurnContext, language: Language, personId: string, shown: Shown = {}) {
  const departments = await useCases.departmentHrOverview(personId);
  await context.sendActivity(cardMessage(renderDepartmentsCard({ language, departments, ...shown })));
}

export function departmentHrCommand(useCases: DepartmentUseCases): CommandDefinition {
  return {
    name: 'departmentHr',
    words: ['afdeling', 'afdelinger', 'hr', 'hr-konsulenter', 'department', 'departments'],
    async run({ context, language, person }) {
      await showDepartments(useCases, context, language, person.personId);
    },
  };
}

export function departmentHrActions(useCases: DepartmentUseCases): CardActionDefinition[] {
  const texts = (language: Language) => inLanguage(NOMINATION_TEXTS, language).departments;
  const change = async (
    context: TurnContext,
    language: Language,
    actorId: string,
    departmentId: string,
    personId: string,
    kind: 'add' | 'remove',
  ): Promise<void> => {
    const { department, person } = await useCases.setDepartmentHr({ actorId, departmentId, personId, change: kind });
    const message = texts(language)[kind === 'add' ? 'added' : 'removed']({ name: person.name, department: department.name });
    await showDepartments(useCases, context, language, actorId, { message });
  };

  const add: CardActionDefinition = {
    verb: CARD_VERBS.departmentHrAdd,
    async run({ context, language, person, data }) {
      const departmentId = str(data.departmentId);
      const chosen = str(data.personId);
      if (chosen) return change(context, language, person.personId, departmentId, chosen, 'add');
      const query = str(data.query).trim();
      if (!query) throw invalid('required', 'person');
      const found = await useCases.searchPeople(query);
      if (found.length === 1) return change(context, language, person.personId, departmentId, found[0].id, 'add');
      const message = found.length === 0 ? texts(language).noMatches({ query }) : undefined;
      await showDepartments(useCases, context, language, person.personId, { message, departmentId, query, candidates: found });
    },
  };

  const remove: CardActionDefinition = {
    verb: CARD_VERBS.departmentHrRemove,
    run: ({ context, language, person, data }) => change(context, language, person.personId, str(data.departmentId), str(data.personId), 'remove'),
  };
  return [add, remove];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
