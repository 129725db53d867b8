// Trainee, leader and HR consultant change the learning agreement at the same time over real HTTP,
// each from the card they were last answered with, and each sending every change twice at once (as
// from two devices). Every change is either saved or refused with the current card and a notice of
// who changed it: at the end every saved change is there and none was silently overwritten. Changes
// to different parts of the agreement (a goal each, HR's remark) pass over each other.
import { TableStorage } from '../../bot/src/storage';
import { TeamsUser } from '../bot/activities';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { visibleText } from './cardInspection';
import { AgreementParties, execute, executeActions, inputValue, InvokeAnswer, storeAgreementProgramme } from './agreementFixture';
import { GOAL_1, GOAL_2 } from '../domain/builders';

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

beforeAll(async () => {
  storage = await azuriteStorage('concurrent');
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

const ROUNDS = 12;
const PER_ROUND = 2;

interface Outcome {
  text: string;
  answer: InvokeAnswer;
}

/** The version the card was rendered from, as its buttons carry it. */
function versionOn(card: unknown): number {
  const withVersion = executeActions(card).find((a) => typeof a.data?.version === 'number');
  if (!withVersion) throw new Error(`No version on the card: ${JSON.stringify(card).slice(0, 300)}`);
  return withVersion.data.version as number;
}

/**
 * One person's changes: each round sends PER_ROUND different texts at once from the version of the
 * card they hold, then goes on from the newest card they got back.
 */
async function changes(
  parties: AgreementParties,
  user: TeamsUser,
  label: string,
  send: (version: number, text: string) => Promise<InvokeAnswer>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let version = versionOn((await execute(bot, connector, user, 'refresh', { view: 'agreement', programmeId: parties.programmeId })).card);
  for (let round = 0; round < ROUNDS; round++) {
    const texts = Array.from({ length: PER_ROUND }, (_, i) => `${label} ${round}.${i}`);
    const answers = await Promise.all(texts.map((text) => send(version, text)));
    answers.forEach((answer, i) => outcomes.push({ text: texts[i], answer }));
    version = Math.max(...answers.map((a) => versionOn(a.card)));
  }
  return outcomes;
}

const saved = (o: Outcome) => visibleText(o.answer.card).includes('Gemt.');

test('three people submitting at once: every saved change is stored, every refused one got the current card with who changed it and the text kept', async () => {
  const parties = await storeAgreementProgramme(storage);
  const base = { programmeId: parties.programmeId };
  const [trainee, leader, hr] = await Promise.all([
    changes(parties, parties.trainee, 'Ledertraineen', (version, text) =>
      execute(bot, connector, parties.trainee, 'agreement.updateGoal', { ...base, view: 'agreement.goal', version, goalId: GOAL_1, text, evidence: 'Feedback' }),
    ),
    changes(parties, parties.leader, 'Lederen', (version, text) =>
      execute(bot, connector, parties.leader, 'agreement.updateGoal', { ...base, view: 'agreement.goal', version, goalId: GOAL_2, text, evidence: 'Sparring' }),
    ),
    changes(parties, parties.hr, 'HR', (version, text) =>
      execute(bot, connector, parties.hr, 'agreement.setHrComment', { ...base, view: 'agreement', version, hrComment: text }),
    ),
  ]);

  const all = [...trainee, ...leader, ...hr];
  expect(all).toHaveLength(3 * ROUNDS * PER_ROUND);
  for (const outcome of all) {
    expect(outcome.answer.status).toBe(200);
    const text = visibleText(outcome.answer.card);
    if (saved(outcome)) continue;
    // Refused: the current card, the notice naming who changed it, and the person's own text kept.
    expect(text).toMatch(/(Tina Trainee|Lone Leder|Hanne HR) har ændret forløbet, mens du skrev\. Det, du skrev, er ikke gemt/);
    const field = outcome.text.startsWith('HR') ? 'hrComment' : 'text';
    expect(inputValue(outcome.answer.card, field)).toBe(outcome.text);
  }

  // Two changes sent from the same version can never both be saved.
  for (const outcomes of [trainee, leader, hr]) {
    for (let round = 0; round < ROUNDS; round++) {
      expect(outcomes.slice(round * PER_ROUND, (round + 1) * PER_ROUND).filter(saved).length).toBeLessThanOrEqual(1);
    }
  }

  // Every saved change was written once, in the audit log; the last saved one of each person is what is stored.
  const audit = await storage.programmes.auditLog(parties.programmeId, 500);
  expect(audit.filter((a) => a.action === 'agreement.goalChanged' && a.by === parties.ids.trainee)).toHaveLength(trainee.filter(saved).length);
  expect(audit.filter((a) => a.action === 'agreement.goalChanged' && a.by === parties.ids.leader)).toHaveLength(leader.filter(saved).length);
  expect(audit.filter((a) => a.action === 'agreement.hrCommentSet' && a.by === parties.ids.hr)).toHaveLength(hr.filter(saved).length);
  const loaded = await storage.programmes.load(parties.programmeId);
  expect(loaded.version).toBe(1 + all.filter(saved).length);
  const agreement = loaded.programme.currentAgreement()!;
  const lastSaved = (outcomes: Outcome[]) => outcomes.filter(saved).at(-1)?.text;
  expect(agreement.goals.find((g) => g.id === GOAL_1)?.text).toBe(lastSaved(trainee));
  expect(agreement.goals.find((g) => g.id === GOAL_2)?.text).toBe(lastSaved(leader));
  expect(agreement.hrComment?.text).toBe(lastSaved(hr));
  // Each works on their own part (a goal each, HR's remark), so nobody is refused because of the
  // others: of the two changes a person sends at once, exactly one is saved, every round.
  for (const outcomes of [trainee, leader, hr]) expect(outcomes.filter(saved)).toHaveLength(ROUNDS);
  // Figures: how many of the 72 changes were saved and how many refused.
  process.stdout.write(`concurrent submits: ${all.filter(saved).length} saved, ${all.filter((o) => !saved(o)).length} refused with the current card\n`);
});
