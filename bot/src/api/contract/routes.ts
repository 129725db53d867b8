/** The routes of the tab API, so tab and server name them from one place. */
export const API_BASE = '/api/v1';

export const apiPaths = {
  me: `${API_BASE}/me`,
  myTrainees: `${API_BASE}/my-trainees`,
  overview: `${API_BASE}/overview`,
  overviewCsv: `${API_BASE}/overview.csv`,
  feedback: `${API_BASE}/feedback`,
  personas: `${API_BASE}/local/personas`,
  programme: (programmeId: string) => `${API_BASE}/programmes/${encodeURIComponent(programmeId)}`,
  conversationTemplate: (programmeId: string, conversationId: string) =>
    `${API_BASE}/programmes/${encodeURIComponent(programmeId)}/conversations/${encodeURIComponent(conversationId)}/template`,
  agreementTerms: (programmeId: string) => `${API_BASE}/programmes/${encodeURIComponent(programmeId)}/agreement/terms`,
  goals: (programmeId: string) => `${API_BASE}/programmes/${encodeURIComponent(programmeId)}/agreement/goals`,
  goal: (programmeId: string, goalId: string) =>
    `${API_BASE}/programmes/${encodeURIComponent(programmeId)}/agreement/goals/${encodeURIComponent(goalId)}`,
  blocks: (programmeId: string) => `${API_BASE}/programmes/${encodeURIComponent(programmeId)}/agreement/blocks`,
  block: (programmeId: string, blockId: string) =>
    `${API_BASE}/programmes/${encodeURIComponent(programmeId)}/agreement/blocks/${encodeURIComponent(blockId)}`,
  blockStatus: (programmeId: string, blockId: string) =>
    `${API_BASE}/programmes/${encodeURIComponent(programmeId)}/agreement/blocks/${encodeURIComponent(blockId)}/status`,
  approve: (programmeId: string) => `${API_BASE}/programmes/${encodeURIComponent(programmeId)}/agreement/approve`,
  acknowledge: (programmeId: string) => `${API_BASE}/programmes/${encodeURIComponent(programmeId)}/agreement/acknowledge`,
  revise: (programmeId: string) => `${API_BASE}/programmes/${encodeURIComponent(programmeId)}/agreement/revise`,
} as const;

/**
 * Local mode only (npm start, loopback): the demo person the request acts as. Ignored in
 * production, where the person comes from the Teams SSO token alone.
 */
export const LOCAL_PERSON_HEADER = 'X-Ledertrainee-Person';
