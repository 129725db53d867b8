/**
 * Editing the learning agreement from the tab, through the same use cases the cards use. Each body
 * carries `expectedVersion`; a change made from an older version is refused with 409, who changed
 * it, and the programme as it is now, so the tab can show both and keep what the user wrote.
 * A successful change answers with the fresh programme view.
 */
import type { Request, Server } from 'restify';
import { ActingPerson } from '../application/ports';
import { UseCases } from '../application/useCases';
import { VersionConflictError } from '../application/versionConflict';
import type { AidResolver } from '../application/views/programmeView';
import {
  addBlockRequest,
  addGoalRequest,
  agreementTermsRequest,
  API_BASE,
  blockStatusRequest,
  ConflictResponse,
  ProgrammeView,
  reviseRequest,
  updateBlockRequest,
  updateGoalRequest,
  versionedRequest,
} from './contract';
import { param, RouteContext, tabRoute } from './tabRoute';

export interface AgreementRouteDeps {
  useCases: UseCases;
  context: RouteContext;
  aids: AidResolver;
}

const AGREEMENT = `${API_BASE}/programmes/:programmeId/agreement`;

export function registerAgreementRoutes(server: Server, deps: AgreementRouteDeps): void {
  const { useCases } = deps;
  const view = (programmeId: string, caller: ActingPerson): Promise<ProgrammeView> =>
    useCases.programmeView({ actorId: caller.personId, programmeId }, deps.aids);

  type Act = (req: Request, base: { actorId: string; programmeId: string }) => Promise<unknown>;
  /** One change: the use case, then the programme as the caller now sees it; on a conflict, who and the view now. */
  const changeRoute = (act: Act) =>
    tabRoute(
      deps.context,
      async (req, caller) => {
        const programmeId = param(req, 'programmeId');
        await act(req, { actorId: caller.personId, programmeId });
        return { json: await view(programmeId, caller) };
      },
      async (error, req, caller) => conflictExtra(error, await view(param(req, 'programmeId'), caller)),
    );

  const routes: [method: 'put' | 'post' | 'del', path: string, act: Act][] = [
    ['put', `${AGREEMENT}/terms`, (req, base) => useCases.setAgreementTerms({ ...base, ...agreementTermsRequest.parse(req.body) })],
    ['post', `${AGREEMENT}/goals`, (req, base) => useCases.addAgreementGoal({ ...base, ...addGoalRequest.parse(req.body) })],
    ['put', `${AGREEMENT}/goals/:goalId`, (req, base) =>
      useCases.updateAgreementGoal({ ...base, goalId: param(req, 'goalId'), ...updateGoalRequest.parse(req.body) })],
    ['del', `${AGREEMENT}/goals/:goalId`, (req, base) =>
      useCases.removeAgreementGoal({ ...base, goalId: param(req, 'goalId'), ...versionFromQuery(req) })],
    ['post', `${AGREEMENT}/blocks`, (req, base) => {
      const { expectedVersion, ...block } = addBlockRequest.parse(req.body);
      return useCases.addBuildingBlock({ ...base, expectedVersion, block });
    }],
    ['put', `${AGREEMENT}/blocks/:blockId`, (req, base) => {
      const { expectedVersion, ...block } = updateBlockRequest.parse(req.body);
      return useCases.updateBuildingBlock({ ...base, expectedVersion, blockId: param(req, 'blockId'), block });
    }],
    ['del', `${AGREEMENT}/blocks/:blockId`, (req, base) =>
      useCases.removeBuildingBlock({ ...base, blockId: param(req, 'blockId'), ...versionFromQuery(req) })],
    ['put', `${AGREEMENT}/blocks/:blockId/status`, (req, base) =>
      useCases.setBuildingBlockStatus({ ...base, blockId: param(req, 'blockId'), ...blockStatusRequest.parse(req.body) })],
    ['post', `${AGREEMENT}/approve`, (req, base) => useCases.approveAgreement({ ...base, ...versionedRequest.parse(req.body) })],
    ['post', `${AGREEMENT}/acknowledge`, (req, base) => useCases.acknowledgeAgreement({ ...base, ...versionedRequest.parse(req.body) })],
    ['post', `${AGREEMENT}/revise`, (req, base) => useCases.reviseAgreement({ ...base, ...reviseRequest.parse(req.body) })],
  ];
  for (const [method, path, act] of routes) server[method](path, changeRoute(act));
}

/** DELETE carries no body: the version comes as `?expectedVersion=N`. */
function versionFromQuery(req: Request): { expectedVersion: number } {
  const raw = (req.query as Record<string, unknown> | undefined)?.expectedVersion;
  return versionedRequest.parse({ expectedVersion: typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : raw });
}

/** The fields a 409 adds to the error body: who changed the programme, when, and the programme now. */
function conflictExtra(error: unknown, current: ProgrammeView): Omit<ConflictResponse, 'error' | 'message' | 'field'> {
  if (error instanceof VersionConflictError) {
    return {
      ...(error.changedBy ? { changedBy: error.changedBy } : {}),
      ...(error.changedAt ? { changedAt: error.changedAt } : {}),
      currentVersion: current.version,
      current,
    };
  }
  return { currentVersion: current.version, current };
}
