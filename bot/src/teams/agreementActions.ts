/**
 * The learning agreement in chat: the `læringsaftale` command, the card's views (the overview, a
 * goal, a building block) and one small handler per button verb, each calling one use case.
 */
import { AgreementView } from '../application/agreement/agreementView';
import { UseCases } from '../application/useCases';
import { teamsUserIdsOf } from '../application/cardAudience';
import { ConversationReferenceStore } from '../application/ports';
import { AdaptiveCard, AidLink, Language } from '../cards';
import {
  AGREEMENT_VERBS,
  AGREEMENT_VIEWS,
  AgreementRenderOptions,
  renderAgreementBlockCard,
  renderAgreementCard,
  renderAgreementChoiceCard,
  renderAgreementGoalCard,
} from '../cards/agreementCard';
import { agreementTextsFor, AgreementTexts } from '../cards/agreementTexts';
import { BlockStatus, BuildingBlockKind, Complexity, PracticeForm, PracticeType } from '../domain/state';
import { CardData, idFrom, listFrom, numberFrom, optionalTextFrom, textFrom, versionFrom } from './cardInput';
import { CommandDefinition } from './commands';
import { cardMessage } from './replies';
import { CardViewDefinition, ExecuteActionDefinition, ExecuteAnswer, ExecuteTurn } from './universalActions';

type AgreementUseCases = Pick<
  UseCases,
  | 'viewAgreement'
  | 'setAgreementTerms'
  | 'addAgreementGoal'
  | 'updateAgreementGoal'
  | 'removeAgreementGoal'
  | 'addBuildingBlock'
  | 'updateBuildingBlock'
  | 'removeBuildingBlock'
  | 'setBuildingBlockStatus'
  | 'approveAgreement'
  | 'acknowledgeAgreement'
  | 'reviseAgreement'
  | 'setAgreementHrComment'
  | 'programmeStatus'
>;

interface AgreementDeps {
  useCases: AgreementUseCases;
  aids: readonly AidLink[];
  conversationReferences?: ConversationReferenceStore;
}

// ---------------------------------------------------------------- views

export function agreementViews(deps: AgreementDeps): CardViewDefinition[] {
  const view = (
    name: string,
    render: (vm: AgreementView, data: CardData, options: AgreementRenderOptions) => AdaptiveCard,
    form = false,
  ): CardViewDefinition => ({
    view: name,
    async render(turn, { notice, input }) {
      const vm = await deps.useCases.viewAgreement({ actorId: turn.person.personId, programmeId: idFrom(turn.data, 'programmeId') });
      const options = await renderOptions(turn, vm, deps.aids, { ...(notice ? { notice } : {}), ...(input ? { input } : {}) }, form);
      return render(vm, turn.data, options);
    },
  });
  return [
    view(AGREEMENT_VIEWS.agreement, (vm, data, options) => renderAgreementCard(vm, { ...options, page: numberFrom(data, 'page') ?? 1 })),
    // The forms refresh for the others only: the person filling one in keeps it until they send it.
    view(AGREEMENT_VIEWS.goal, (vm, data, options) => renderAgreementGoalCard(vm, optionalTextFrom(data, 'goalId'), options), true),
    view(AGREEMENT_VIEWS.block, (vm, data, options) => renderAgreementBlockCard(vm, optionalTextFrom(data, 'blockId'), options), true),
  ];
}

async function renderOptions(
  turn: ExecuteTurn,
  vm: AgreementView,
  aids: readonly AidLink[],
  extra: Pick<AgreementRenderOptions, 'notice' | 'input'>,
  form = false,
): Promise<AgreementRenderOptions> {
  return { language: turn.language, aids, refreshUserIds: await turn.teamsUserIds(vm.participantIds, { exceptAsking: form }), ...extra };
}

// ---------------------------------------------------------------- actions

export function agreementActions(deps: AgreementDeps): ExecuteActionDefinition[] {
  const uc = deps.useCases;
  /** Runs the change as the acting person over the card's version; answers with the overview and a notice. */
  const action = (
    verb: string,
    change: (base: { actorId: string; programmeId: string; expectedVersion: number }, data: CardData) => Promise<AgreementView>,
    saved: (texts: AgreementTexts) => string = (t) => t.saved,
  ): ExecuteActionDefinition => ({
    verb,
    resultView: AGREEMENT_VIEWS.agreement,
    async run(turn): Promise<ExecuteAnswer> {
      const base = { actorId: turn.person.personId, programmeId: idFrom(turn.data, 'programmeId'), expectedVersion: versionFrom(turn.data) };
      const vm = await change(base, turn.data);
      const options = await renderOptions(turn, vm, deps.aids, { notice: { kind: 'saved', text: saved(agreementTextsFor(turn.language)) } });
      return { card: renderAgreementCard(vm, options) };
    },
  });
  return [
    action(AGREEMENT_VERBS.approve, (base) => uc.approveAgreement(base), (t) => t.approvedNotice),
    action(AGREEMENT_VERBS.acknowledge, (base) => uc.acknowledgeAgreement(base), (t) => t.acknowledgedNotice),
    action(AGREEMENT_VERBS.revise, (base, d) => uc.reviseAgreement({ ...base, reason: textFrom(d, 'reason') }), (t) => t.revisedNotice),
    action(AGREEMENT_VERBS.setHrComment, (base, d) => uc.setAgreementHrComment({ ...base, text: textFrom(d, 'hrComment') })),
    action(AGREEMENT_VERBS.setTerms, (base, d) =>
      uc.setAgreementTerms({
        ...base,
        periodStart: textFrom(d, 'periodStart'),
        ...optionalNumber('periodMonths', numberFrom(d, 'periodMonths')),
        ...optionalNumber('followUpCadenceWeeks', numberFrom(d, 'followUpCadenceWeeks')),
      }),
    ),
    action(AGREEMENT_VERBS.addGoal, (base, d) => uc.addAgreementGoal({ ...base, text: textFrom(d, 'text'), evidence: textFrom(d, 'evidence') })),
    action(AGREEMENT_VERBS.updateGoal, (base, d) =>
      uc.updateAgreementGoal({ ...base, goalId: idFrom(d, 'goalId'), text: textFrom(d, 'text'), evidence: textFrom(d, 'evidence') }),
    ),
    action(AGREEMENT_VERBS.removeGoal, (base, d) => uc.removeAgreementGoal({ ...base, goalId: idFrom(d, 'goalId') })),
    action(AGREEMENT_VERBS.addBlock, (base, d) => uc.addBuildingBlock({ ...base, block: blockFrom(d) })),
    action(AGREEMENT_VERBS.updateBlock, (base, d) => uc.updateBuildingBlock({ ...base, blockId: idFrom(d, 'blockId'), block: blockFrom(d) })),
    action(AGREEMENT_VERBS.removeBlock, (base, d) => uc.removeBuildingBlock({ ...base, blockId: idFrom(d, 'blockId') })),
    action(AGREEMENT_VERBS.setBlockStatus, (base, d) =>
      uc.setBuildingBlockStatus({ ...base, blockId: idFrom(d, 'blockId'), status: textFrom(d, 'status') as BlockStatus }),
    ),
  ];
}

function optionalNumber<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

/**
 * A building block from the form. Practice details are sent for a practice element only; the
 * domain checks every value (and names the field) — the card's choices are not trusted.
 */
function blockFrom(d: CardData) {
  const kind = textFrom(d, 'kind') as BuildingBlockKind;
  const from = optionalTextFrom(d, 'from');
  const to = optionalTextFrom(d, 'to');
  const complexity = numberFrom(d, 'practiceComplexity');
  const otherForm = optionalTextFrom(d, 'practiceOtherForm');
  return {
    kind,
    title: textFrom(d, 'title'),
    description: textFrom(d, 'description'),
    goalIds: listFrom(d, 'goalIds'),
    period: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
    practice:
      kind === 'practiceElement'
        ? {
            ...(optionalTextFrom(d, 'practiceType') ? { type: textFrom(d, 'practiceType') as PracticeType } : {}),
            form: textFrom(d, 'practiceForm') as PracticeForm,
            ...(otherForm ? { otherForm } : {}),
            reach: textFrom(d, 'practiceReach') as 'local' | 'crossCutting',
            scope: textFrom(d, 'practiceScope'),
            complexity: complexity as Complexity,
          }
        : null,
  };
}

// ---------------------------------------------------------------- the command

/** `læringsaftale` / `agreement`: the agreement of the person's programme, or a choice when there are several. */
export function agreementCommand(deps: AgreementDeps): CommandDefinition {
  return {
    name: 'agreement',
    words: ['læringsaftale', 'læringsaftalen', 'laeringsaftale', 'agreement', 'learning agreement'],
    understands: [/\b(læringsaftalen?|learning agreement)\b/],
    async run({ context, language, person, args }) {
      const programmes = (await deps.useCases.programmeStatus(person.personId)).filter((p) => !p.declined);
      const wanted = args ? programmes.filter((p) => p.trainee.name.toLowerCase().includes(args.toLowerCase())) : programmes;
      const candidates = wanted.length > 0 ? wanted : programmes;
      if (candidates.length !== 1) {
        await context.sendActivity(cardMessage(renderAgreementChoiceCard(language, candidates.map((p) => ({ programmeId: p.programmeId, traineeName: p.trainee.name })))));
        return;
      }
      const vm = await deps.useCases.viewAgreement({ actorId: person.personId, programmeId: candidates[0].programmeId });
      const others = deps.conversationReferences
        ? await teamsUserIdsOf(deps.conversationReferences, vm.participantIds.filter((id) => id !== person.personId))
        : [];
      const own = context.activity.from?.id;
      const userIds = own ? [own, ...others] : others;
      await context.sendActivity(cardMessage(renderAgreementCard(vm, { language: language as Language, aids: deps.aids, refreshUserIds: userIds })));
    },
  };
}
