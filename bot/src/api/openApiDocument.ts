/**
 * The tab API described as OpenAPI 3.1, generated from the contract's zod schemas (z.toJSONSchema),
 * so the description cannot drift from what the server checks. `npm run openapi` writes it to
 * docs/openapi.json; a test fails when that file is not what this builds.
 */
import { z } from 'zod';
import {
  addBlockRequest,
  agreementView,
  aid,
  answer,
  blockView,
  conversationTemplateView,
  conversationView,
  department,
  feedbackItem,
  followUpView,
  goalView,
  localizedText,
  myTrainee,
  nextConversationSummary,
  overdueItem,
  overviewRow,
  persona,
  personRef,
  practiceInput,
  progress,
  stamp,
  templateField,
  timelinePhase,
  addGoalRequest,
  agreementTermsRequest,
  API_BASE,
  apiError,
  blockStatusRequest,
  conflictResponse,
  feedbackResponse,
  LOCAL_PERSON_HEADER,
  meResponse,
  myTraineesResponse,
  overviewQuery,
  overviewResponse,
  personasResponse,
  programmeView,
  reviseRequest,
  updateBlockRequest,
  updateGoalRequest,
  versionedRequest,
} from './contract';

type Schema = z.ZodType;

/** Every named shape, described once under components.schemas and referred to from everywhere else. */
const NAMED: Record<string, Schema> = {
  LocalizedText: localizedText,
  PersonRef: personRef,
  Stamp: stamp,
  Department: department,
  OverdueItem: overdueItem,
  NextConversation: nextConversationSummary,
  ApiError: apiError,
  Aid: aid,
  TimelinePhase: timelinePhase,
  Progress: progress,
  Goal: goalView,
  BuildingBlock: blockView,
  AgreementVersion: agreementView,
  Answer: answer,
  Conversation: conversationView,
  FollowUp: followUpView,
  ProgrammeView: programmeView,
  TemplateField: templateField,
  ConversationTemplate: conversationTemplateView,
  ConflictResponse: conflictResponse,
  MeResponse: meResponse,
  MyTrainee: myTrainee,
  MyTraineesResponse: myTraineesResponse,
  OverviewRow: overviewRow,
  OverviewResponse: overviewResponse,
  FeedbackItem: feedbackItem,
  FeedbackResponse: feedbackResponse,
  Persona: persona,
  PersonasResponse: personasResponse,
  VersionedRequest: versionedRequest,
  AgreementTermsRequest: agreementTermsRequest,
  AddGoalRequest: addGoalRequest,
  UpdateGoalRequest: updateGoalRequest,
  PracticeInput: practiceInput,
  AddBlockRequest: addBlockRequest,
  UpdateBlockRequest: updateBlockRequest,
  BlockStatusRequest: blockStatusRequest,
  ReviseRequest: reviseRequest,
};
const names = new Map<Schema, string>(Object.entries(NAMED).map(([name, schema]) => [schema, name]));

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'output', unrepresentable: 'any' });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

const json = (schema: Schema) => {
  const name = names.get(schema);
  if (!name) throw new Error('Every schema in the OpenAPI description is named in NAMED.');
  return { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } };
};
const errorAnswer = (description: string) => ({ description, content: json(apiError) });

const programmeId = { name: 'programmeId', in: 'path', required: true, schema: { type: 'string' } };
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const expectedVersionQuery = { name: 'expectedVersion', in: 'query', required: true, schema: { type: 'integer', minimum: 0 } };

const readFailures = {
  '401': errorAnswer('No valid Teams SSO token (or, locally, no persona chosen).'),
  '503': errorAnswer('Storage does not answer; try again.'),
};

function read(summary: string, schema: Schema, extra: Record<string, unknown> = {}) {
  return { get: { summary, responses: { '200': { description: 'OK', content: json(schema) }, ...readFailures, ...extra } } };
}

function change(method: 'put' | 'post' | 'delete', summary: string, body: Schema | undefined, parameters: object[]) {
  return {
    [method]: {
      summary,
      parameters,
      ...(body ? { requestBody: { required: true, content: json(body) } } : {}),
      responses: {
        '200': { description: 'Changed: the programme as the caller now sees it.', content: json(programmeView) },
        '400': errorAnswer('Invalid input; `field` names it. Nothing changed.'),
        '403': errorAnswer('The caller sees the programme but their role may not do this.'),
        '404': errorAnswer('No such programme — or one the caller may not see (the same answer).'),
        '409': { description: 'Changed by someone else since expectedVersion; nothing written.', content: json(conflictResponse) },
        '422': errorAnswer('A rule of the programme refuses it (wrong phase, agreement locked …).'),
        ...readFailures,
      },
    },
  };
}

export function openApiDocument(): Record<string, unknown> {
  const agreement = `${API_BASE}/programmes/{programmeId}/agreement`;
  const overviewParameters = Object.keys(overviewQuery.shape).map((name) => ({
    name,
    in: 'query',
    required: false,
    schema: z.toJSONSchema(overviewQuery.shape[name as keyof typeof overviewQuery.shape].unwrap()),
  }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ledertrainee for Teams — tab API',
      version: '1',
      description:
        'The REST API behind the Teams tab. Production: `Authorization: Bearer <Teams SSO token>` for the tab app (scope access_as_user). ' +
        `Local mode only: the header \`${LOCAL_PERSON_HEADER}\` names a demo person. Errors: { error, message: { da, en }, field? }.`,
    },
    components: { securitySchemes: { teamsSso: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } }, schemas: componentSchemas() },
    security: [{ teamsSso: [] }],
    paths: {
      [`${API_BASE}/me`]: read('Who the caller is: roles, programmes, language.', meResponse),
      [`${API_BASE}/programmes/{programmeId}`]: {
        get: { ...read('One programme as the caller may see it.', programmeView, { '404': errorAnswer('No such programme, or not the caller\'s to see.') }).get, parameters: [programmeId] },
      },
      [`${API_BASE}/programmes/{programmeId}/conversations/{conversationId}/template`]: {
        get: {
          ...read("A conversation's template as its card asks it, with what the caller may see written (the meeting side panel).", conversationTemplateView, {
            '404': errorAnswer('No such programme or conversation, or not the caller\'s to see.'),
          }).get,
          parameters: [programmeId, pathParam('conversationId')],
        },
      },
      [`${API_BASE}/my-trainees`]: read("The nearest leader's own trainees.", myTraineesResponse),
      [`${API_BASE}/overview`]: {
        get: { ...read('The cohort: HR their departments, programme admins all.', overviewResponse, { '400': errorAnswer('Unknown filter value.'), '404': errorAnswer('Not HR consultant nor programme admin.') }).get, parameters: overviewParameters },
      },
      [`${API_BASE}/overview.csv`]: {
        get: {
          summary: 'The cohort as CSV (UTF-8 with BOM, semicolons).',
          parameters: overviewParameters,
          responses: { '200': { description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } }, ...readFailures, '404': errorAnswer('Not HR consultant nor programme admin.') },
        },
      },
      [`${API_BASE}/feedback`]: read('Programme feedback from transition interviews (programme admins).', feedbackResponse, { '404': errorAnswer('Not a programme admin.') }),
      [`${API_BASE}/local/personas`]: {
        get: { summary: 'Local mode only: the demo personas.', security: [], responses: { '200': { description: 'OK', content: json(personasResponse) }, '404': errorAnswer('Not in local mode.') } },
      },
      [`${agreement}/terms`]: change('put', 'Period and follow-up cadence of the draft.', agreementTermsRequest, [programmeId]),
      [`${agreement}/goals`]: change('post', 'Add a learning goal to the draft.', addGoalRequest, [programmeId]),
      [`${agreement}/goals/{goalId}`]: {
        ...change('put', 'Change a learning goal.', updateGoalRequest, [programmeId, pathParam('goalId')]),
        ...change('delete', 'Remove a learning goal.', undefined, [programmeId, pathParam('goalId'), expectedVersionQuery]),
      },
      [`${agreement}/blocks`]: change('post', 'Add a building block to the draft.', addBlockRequest, [programmeId]),
      [`${agreement}/blocks/{blockId}`]: {
        ...change('put', 'Change a building block.', updateBlockRequest, [programmeId, pathParam('blockId')]),
        ...change('delete', 'Remove a building block.', undefined, [programmeId, pathParam('blockId'), expectedVersionQuery]),
      },
      [`${agreement}/blocks/{blockId}/status`]: change('put', "A building block's status.", blockStatusRequest, [programmeId, pathParam('blockId')]),
      [`${agreement}/approve`]: change('post', 'Godkend the draft (trainee or leader, for themselves).', versionedRequest, [programmeId]),
      [`${agreement}/acknowledge`]: change('post', 'HR acknowledges the version in force.', versionedRequest, [programmeId]),
      [`${agreement}/revise`]: change('post', 'Open a new version of the approved agreement.', reviseRequest, [programmeId]),
    },
  };
}

/** The file's text: stable key order as built, two-space indent, a final newline. */
export function openApiText(): string {
  return `${JSON.stringify(openApiDocument(), null, 2)}\n`;
}
