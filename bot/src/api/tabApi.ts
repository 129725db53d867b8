/**
 * The tab's REST API under /api/v1: thin routes over the use cases. Each parses its input with the
 * contract (api/contract/), calls one use case and answers with its view model, which must fit
 * the contract's response type (checked when it compiles). Failures are answered in apiErrors.ts.
 */
import type { Request, Server } from 'restify';
import { ActingPerson, Logger } from '../application/ports';
import { UseCases } from '../application/useCases';
import type { AidLink } from '../cards/aids';
import { aidResolver } from './aidLinks';
import { registerAgreementRoutes } from './agreementRoutes';
import { CallerIdentity } from './auth/caller';
import {
  API_BASE,
  apiPaths,
  ConversationTemplateView,
  FeedbackResponse,
  MeResponse,
  MyTraineesResponse,
  OverviewResponse,
  overviewQuery,
  PersonasResponse,
  ProgrammeView,
} from './contract';
import { viewNotFound } from '../application/views/notFound';
import { overviewCsv } from './overviewCsv';
import { cardWording } from './templateWording';
import { failureOf, sendFailure } from './apiErrors';
import { Answer, param, RouteContext, tabRoute } from './tabRoute';

export interface TabApiDeps {
  useCases: UseCases;
  identity: CallerIdentity;
  aids: readonly AidLink[];
  logger: Logger;
  /** Local mode only: the demo people the persona switcher offers (none in production). */
  personas?: PersonasResponse['personas'];
}

export function registerTabApi(server: Server, deps: TabApiDeps): void {
  const context: RouteContext = { identity: deps.identity, logger: deps.logger };
  const aids = aidResolver(deps.aids);
  const { useCases } = deps;
  const route = (handler: (req: Request, caller: ActingPerson) => Promise<Answer>) => tabRoute(context, handler);
  const mode = deps.identity.kind === 'local' ? 'local' : 'production';

  server.get(apiPaths.me, route(async (_req, caller) => {
    const body: MeResponse = { ...(await useCases.me(caller.personId)), mode };
    return { json: body };
  }));

  server.get(`${API_BASE}/programmes/:programmeId`, route(async (req, caller) => {
    const body: ProgrammeView = await useCases.programmeView({ actorId: caller.personId, programmeId: param(req, 'programmeId') }, aids);
    return { json: body };
  }));

  server.get(`${API_BASE}/programmes/:programmeId/conversations/:conversationId/template`, route(async (req, caller) => {
    const request = { actorId: caller.personId, programmeId: param(req, 'programmeId'), conversationId: param(req, 'conversationId') };
    const body: ConversationTemplateView = await useCases.conversationTemplate(request, aids, cardWording);
    return { json: body };
  }));

  server.get(apiPaths.myTrainees, route(async (_req, caller) => {
    const body: MyTraineesResponse = await useCases.myTrainees(caller.personId);
    return { json: body };
  }));

  server.get(apiPaths.overview, route(async (req, caller) => {
    const body: OverviewResponse = await useCases.cohortOverview(caller.personId, filtersOf(req));
    return { json: body };
  }));

  server.get(apiPaths.overviewCsv, route(async (req, caller) => {
    const query = overviewQuery.parse(req.query ?? {});
    const overview = await useCases.cohortOverview(caller.personId, filtersOf(req));
    // The tab sends its language (from /me); Danish otherwise.
    const language = query.lang ?? 'da';
    const text = overviewCsv(overview.rows, language);
    return { file: { text, contentType: 'text/csv; charset=utf-8', fileName: language === 'da' ? 'oversigt.csv' : 'overview.csv' } };
  }));

  server.get(apiPaths.feedback, route(async (_req, caller) => {
    const body: FeedbackResponse = await useCases.programmeFeedbackView(caller.personId);
    return { json: body };
  }));

  // The persona switcher of the local preview: who may be chosen needs no caller; production has no such page.
  server.get(apiPaths.personas, async (_req, res) => {
    if (mode === 'local' && deps.personas) {
      const body: PersonasResponse = { personas: deps.personas };
      res.setHeader('Cache-Control', 'no-store');
      res.send(200, body);
      return;
    }
    sendFailure(res, failureOf(viewNotFound(), deps.logger));
  });

  registerAgreementRoutes(server, { useCases, context, aids });
}

function filtersOf(req: Request) {
  const query = overviewQuery.parse(req.query ?? {});
  return {
    ...(query.department ? { department: query.department } : {}),
    ...(query.phase ? { phase: query.phase } : {}),
    ...(query.overdue ? { overdue: query.overdue === 'true' } : {}),
    ...(query.includeClosed ? { includeClosed: query.includeClosed === 'true' } : {}),
    ...(query.q ? { q: query.q } : {}),
    ...(query.sort ? { sort: query.sort } : {}),
    ...(query.order ? { order: query.order } : {}),
  };
}
