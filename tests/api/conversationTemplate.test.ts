// A conversation's template over the tab API (the meeting side panel): the fields the conversation's
// card asks, in its order and wording, with what is written so far for whoever the card shows it to.
import { apiPaths, conversationTemplateView, type ConversationTemplateView } from '../../bot/src/api/contract';
import { PHASE_EFFECTS } from '../../bot/src/domain/phaseGuide';
import { people, programmes, startTabApi, TabApi } from './tabApiHarness';

let api: TabApi;
beforeAll(async () => {
  api = await startTabApi('tabtemplate');
});
afterAll(() => api.close());

const AHMAD_PART1 = `${programmes.ahmad}-opstart-1`;
const SOFIE_FIRST_FOLLOW_UP = `${programmes.sofie}-opfoelgning-1`;

async function templateAs(personId: string, programmeId: string, conversationId: string): Promise<ConversationTemplateView> {
  const { status, body } = await api.get(apiPaths.conversationTemplate(programmeId, conversationId), personId);
  expect(status).toBe(200);
  return conversationTemplateView.parse(body);
}

/** Lars writes his notes and Mette the hours on start-up part 1's shared draft. */
async function draftPart1(): Promise<void> {
  const loaded = await api.storage.programmes.load(programmes.ahmad);
  const now = new Date();
  loaded.programme.saveConversationDraft(AHMAD_PART1, { hrNotes: 'Ahmad er klar til at gå i gang.' }, now, people.hrConsultant.id);
  loaded.programme.saveConversationDraft(AHMAD_PART1, { format: 'individual', hoursPerWeek: '4', part2Date: '' }, now, people.leader.id);
  await api.storage.programmes.save(loaded, { at: now.toISOString(), by: people.leader.id, action: 'conversation.draftSaved' });
}

test("the trainee sees start-up part 1's questions in the card's order and words, Danish and English, without HR's notes", async () => {
  const view = await templateAs(people.traineeInStartup.id, programmes.ahmad, AHMAD_PART1);
  expect(view.title).toEqual({ da: 'Opstartssamtale del 1', en: 'Start-up interview part 1' });
  expect(view.takesPart).toBe(true);
  expect(view.fields.map((f) => f.key)).toEqual(['format', 'frameIntroduced', 'personalityFeedbackGiven', 'periodMonths', 'hoursPerWeek', 'part2Date']);
  expect(view.fields[0].question).toEqual({ da: 'Hvordan afholdes første del?', en: 'How is part 1 held?' });
  expect(view.fields.find((f) => f.key === 'hoursPerWeek')?.label).toEqual({ da: 'Timer om ugen', en: 'Hours per week' });
  expect(view.fields.some((f) => f.onlyHr)).toBe(false);
  expect(view.effects).toEqual(PHASE_EFFECTS.startup);
  expect(view.phaseLabel).toEqual({ da: 'Opstart', en: 'Start-up' });
});

test('the HR consultant also sees the field for his own notes, marked as his alone', async () => {
  const view = await templateAs(people.hrConsultant.id, programmes.ahmad, AHMAD_PART1);
  const last = view.fields[view.fields.length - 1];
  expect(last).toMatchObject({ key: 'hrNotes', onlyHr: true, writers: ['hrConsultant'], question: { da: 'HR-konsulentens noter', en: "The HR consultant's notes" } });
});

test('what is written on the draft shows as the card shows it; HR notes reach HR alone', async () => {
  await draftPart1();
  const trainee = await templateAs(people.traineeInStartup.id, programmes.ahmad, AHMAD_PART1);
  const answerOf = (view: ConversationTemplateView, key: string) => view.fields.find((f) => f.key === key)?.answer;
  expect(answerOf(trainee, 'hoursPerWeek')).toEqual({ da: '4', en: '4' });
  expect(answerOf(trainee, 'format')).toEqual({
    da: 'Individuel samtale: ledertrainee, leder og HR-konsulent',
    en: 'Individual meeting: leader trainee, leader and HR consultant',
  });
  expect(answerOf(trainee, 'frameIntroduced')).toBeUndefined();
  expect(JSON.stringify(trainee)).not.toContain('Ahmad er klar');

  const hr = await templateAs(people.hrConsultant.id, programmes.ahmad, AHMAD_PART1);
  expect(answerOf(hr, 'hrNotes')).toEqual({ da: 'Ahmad er klar til at gå i gang.', en: 'Ahmad er klar til at gå i gang.' });
});

test("a documented follow-up meeting shows its record to the trainee; HR, not in follow-up meetings, sees the questions but no answers", async () => {
  const trainee = await templateAs(people.traineeInDevelopment.id, programmes.sofie, SOFIE_FIRST_FOLLOW_UP);
  expect(trainee.status).toBe('documented');
  expect(trainee.fields.find((f) => f.key === 'learned')?.answer?.da).toBeTruthy();

  const hr = await templateAs(people.hrConsultant.id, programmes.sofie, SOFIE_FIRST_FOLLOW_UP);
  expect(hr.takesPart).toBe(false);
  expect(hr.fields.map((f) => f.key)).toEqual(trainee.fields.map((f) => f.key));
  expect(hr.fields.every((f) => f.answer === undefined)).toBe(true);

  const admin = await templateAs(people.programmeAdmin.id, programmes.sofie, SOFIE_FIRST_FOLLOW_UP);
  expect(admin.fields.every((f) => f.answer === undefined)).toBe(true);
});

test("a conversation that is not the programme's is not found, naming the conversation", async () => {
  const { status, body } = await api.get(apiPaths.conversationTemplate(programmes.sofie, AHMAD_PART1), people.leader.id);
  expect(status).toBe(404);
  expect(body.error).toBe('conversationNotFound');
});

test("someone who may not see the programme gets the answer of a programme that does not exist, whatever the conversation", async () => {
  const refused = await api.get(apiPaths.conversationTemplate(programmes.ahmad, AHMAD_PART1), people.traineeInDevelopment.id);
  const missing = await api.get(apiPaths.conversationTemplate('no-such-programme', AHMAD_PART1), people.traineeInDevelopment.id);
  expect(refused.status).toBe(404);
  expect(refused.body).toEqual(missing.body);
});

test('the side panel links the same aids as the conversation’s card: its own where configured, else the shared templates', async () => {
  const followUp = await templateAs(people.leader.id, programmes.sofie, SOFIE_FIRST_FOLLOW_UP);
  expect(followUp.aids.map((a) => a.url)).toEqual(['https://aids.example/ledelse-skal-traenes.pdf']);
  // No link to the start-up template is configured here: the card and the panel link the shared templates.
  const part1 = await templateAs(people.leader.id, programmes.ahmad, AHMAD_PART1);
  expect(part1.aids.map((a) => a.url)).toEqual(['https://aids.example/skabeloner']);
});
