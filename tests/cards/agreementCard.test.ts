// The learning agreement card over real HTTP against Azurite: the bot answers each Action.Execute
// (an `adaptiveCard/action` invoke) with the card as the person asking sees it now, from storage.
import { TableStorage } from '../../bot/src/storage';
import { renderAgreementBlockCard, renderAgreementCard, renderAgreementGoalCard } from '../../bot/src/cards/agreementCard';
import { agreementViewOf } from '../../bot/src/application/agreement/agreementView';
import { byteSize, TEAMS_MESSAGE_LIMIT_BYTES, unboundExpressions, visibleText } from './cardInspection';
import { largeAgreement } from './cardGallery';
import { azuriteStorage, BotServer, startBotServer, TEST_AIDS } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { newUser, personalMessage } from '../bot/activities';
import { sendInPersonalChat } from '../support/chat';
import { cardOf } from '../bot/cardOf';
import { GOAL_1 } from '../domain/builders';
import { action, AgreementParties, execute, executeActivity, inputValue, postInvoke, storeAgreementProgramme } from './agreementFixture';

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

beforeAll(async () => {
  storage = await azuriteStorage('agreementcard');
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

function open(parties: AgreementParties, user = parties.trainee) {
  return execute(bot, connector, user, 'refresh', { view: 'agreement', programmeId: parties.programmeId });
}

async function storedVersion(programmeId: string): Promise<number> {
  return (await storage.programmes.load(programmeId)).version;
}

describe('seeing the learning agreement', () => {
  it('the trainee types "læringsaftale" and gets the draft: goals, the lederaspirantforløb, what the phase should give, the aid, and a button to godkende', async () => {
    const parties = await storeAgreementProgramme(storage);
    const [reply] = await sendInPersonalChat(bot, connector, parties.trainee, 'læringsaftale');
    const card = cardOf(reply) as Record<string, unknown>;
    const text = visibleText(card);
    expect(text).toContain('Læringsaftale – Tina Trainee');
    expect(text).toContain('Version 1 · Udkast');
    expect(text).toContain('Aarhus Kommunes lederaspirantforløb');
    expect(text).toContain('Forventningsafstemning og gensidig forpligtelse.');
    expect(text).toContain('https://aids.example/skabeloner');
    expect(text).toContain('Godkend læringsaftalen');
    expect(card.version).toBe('1.5');
    expect(unboundExpressions(card)).toEqual([]);
    expect((card.refresh as { action: { verb: string; data: unknown }; userIds: string[] }).action).toEqual({
      type: 'Action.Execute',
      verb: 'refresh',
      data: { view: 'agreement', programmeId: parties.programmeId },
    });
    expect((card.refresh as { userIds: string[] }).userIds).toContain(parties.trainee.id);
  });

  it('the status card has a button to see the learning agreement, which comes as a card', async () => {
    const parties = await storeAgreementProgramme(storage);
    const [status] = await sendInPersonalChat(bot, connector, parties.leader, 'status');
    const found = JSON.stringify(cardOf(status)).match(/\{"type":"Action\.Submit","title":"Se læringsaftalen","data":(\{[^}]*\})\}/);
    expect(found).not.toBeNull();
    const replies = await sendInPersonalChat(bot, connector, parties.leader, '', JSON.parse(found![1]) as object);
    expect(visibleText(cardOf(replies[0]))).toContain('Læringsaftale – Tina Trainee');
  });

  it('a refresh renders each role its own view: HR has the remark field and no godkend button, the parties have no remark field', async () => {
    const parties = await storeAgreementProgramme(storage);
    const hrCard = await open(parties, parties.hr);
    expect(hrCard.status).toBe(200);
    expect(hrCard.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(visibleText(hrCard.card)).not.toContain('Godkend læringsaftalen');
    expect(visibleText(hrCard.card)).toContain('HR-konsulentens bemærkning');
    const leaderCard = await open(parties, parties.leader);
    expect(visibleText(leaderCard.card)).toContain('Godkend læringsaftalen');
    expect(visibleText(leaderCard.card)).not.toContain('HR-konsulentens bemærkning');
  });

  it('a person outside the programme gets an error card, and nothing of the programme', async () => {
    const parties = await storeAgreementProgramme(storage);
    const stranger = newUser('Sofus Udenforstående');
    const answer = await open(parties, stranger);
    expect(answer.status).toBe(200);
    expect(visibleText(answer.card)).toContain('Det kan ikke vises');
    expect(answer.raw).not.toContain('Tina Trainee');
    expect(answer.raw).not.toContain('lederaspirantforløb');
    const acting = await execute(bot, connector, stranger, 'agreement.addGoal', {
      view: 'agreement.goal',
      programmeId: parties.programmeId,
      version: await storedVersion(parties.programmeId),
      text: 'Et mål',
      evidence: 'Et tegn',
    });
    expect(visibleText(acting.card)).toContain('Det kan ikke vises');
    expect((await storage.programmes.load(parties.programmeId)).programme.currentAgreement()?.goals).toHaveLength(2);
  });
});

describe('godkende', () => {
  it("when the leader approves, the trainee's refreshed card shows it; when the trainee approves too, the agreement is approved and read-only for both", async () => {
    const parties = await storeAgreementProgramme(storage);
    const leaderCard = await open(parties, parties.leader);
    const approve = action(leaderCard.card, 'Godkend læringsaftalen');
    const approved = await execute(bot, connector, parties.leader, approve.verb, approve.data);
    expect(visibleText(approved.card)).toContain('Du har godkendt læringsaftalen.');
    expect(visibleText(approved.card)).not.toContain('Godkend læringsaftalen');

    const traineeCard = await open(parties, parties.trainee);
    expect(visibleText(traineeCard.card)).toMatch(/Godkendt af nærmeste leder\nLone Leder, \d+\./);
    // The card refreshes by itself for both who have used the bot: their Teams ids, not their Entra ids.
    expect(traineeCard.card.refresh?.userIds).toEqual(expect.arrayContaining([parties.trainee.id, parties.leader.id]));
    expect(traineeCard.card.refresh?.userIds).not.toContain(parties.hr.id);
    const traineeApprove = action(traineeCard.card, 'Godkend læringsaftalen');
    await execute(bot, connector, parties.trainee, traineeApprove.verb, traineeApprove.data);

    const leaderAfter = await open(parties, parties.leader);
    const text = visibleText(leaderAfter.card);
    expect(text).toContain('Version 1 · Godkendt');
    expect(text).toContain('Læringsaftalen er godkendt. Skal den ændres, så åbn en ny version.');
    expect(text).not.toContain('Tilføj læringsmål');
    expect(text).not.toContain('Godkend læringsaftalen');
    expect(visibleText((await open(parties, parties.hr)).card)).toContain('Kvittér for læringsaftalen');
  });

  it('an id or role written into the card data is ignored: the approval is recorded for the person who pressed', async () => {
    const parties = await storeAgreementProgramme(storage);
    const card = await open(parties, parties.trainee);
    const approve = action(card.card, 'Godkend læringsaftalen');
    await execute(bot, connector, parties.trainee, approve.verb, { ...approve.data, actorId: parties.ids.leader, role: 'leader', personId: parties.ids.leader });
    const draft = (await storage.programmes.load(parties.programmeId)).programme.currentAgreement();
    expect(draft?.acceptedByTrainee?.by).toBe(parties.ids.trainee);
    expect(draft?.acceptedByLeader).toBeUndefined();
  });
});

describe('editing the draft', () => {
  it('a practice element is added as a project, cross-cutting, in a form written in words, and shown on the card', async () => {
    const parties = await storeAgreementProgramme(storage);
    const overview = await open(parties, parties.leader);
    const form = await execute(bot, connector, parties.leader, 'refresh', action(overview.card, 'Tilføj byggeklods').data);
    expect(visibleText(form.card)).toContain('Ny byggeklods');
    const save = action(form.card, 'Gem');
    const answer = await execute(bot, connector, parties.leader, save.verb, {
      ...save.data,
      kind: 'practiceElement',
      title: 'Projektleder på ny vagtplan',
      description: 'Leder arbejdsgruppen',
      goalIds: '',
      from: '2025-03-01',
      to: '2025-05-31',
      practiceType: 'project',
      practiceReach: 'crossCutting',
      practiceForm: 'other',
      practiceOtherForm: 'Rotation mellem tre teams',
      practiceScope: 'To dage om måneden',
      practiceComplexity: '2',
    });
    const text = visibleText(answer.card);
    expect(text).toContain('Gemt.');
    expect(text).toContain('Projektleder på ny vagtplan');
    expect(text).toContain('Praksiselement · Projekt · Tværgående · Rotation mellem tre teams · kompleksitet 2');
    const block = (await storage.programmes.load(parties.programmeId)).programme.currentAgreement()!.blocks[1];
    expect(block.practice).toEqual({ type: 'project', reach: 'crossCutting', form: 'other', otherForm: 'Rotation mellem tre teams', scope: 'To dage om måneden', complexity: 2 });
  });

  it('a learning goal without text comes back on the same form with the error and what was written, and nothing is stored', async () => {
    const parties = await storeAgreementProgramme(storage);
    const overview = await open(parties, parties.trainee);
    const add = action(overview.card, 'Gem');
    expect(add.verb).toBe('agreement.addGoal');
    const before = await storedVersion(parties.programmeId);
    const answer = await execute(bot, connector, parties.trainee, add.verb, { ...add.data, text: '   ', evidence: 'Teamet siger det' });
    const text = visibleText(answer.card);
    expect(text).toContain('Udfyld feltet »Læringsmål«.');
    expect(text).toContain('Nyt læringsmål');
    expect(inputValue(answer.card, 'evidence')).toBe('Teamet siger det');
    expect(await storedVersion(parties.programmeId)).toBe(before);
    expect((await storage.programmes.load(parties.programmeId)).programme.currentAgreement()?.goals).toHaveLength(2);
  });

  it("a change from an older card to the same learning goal is not written over the other's: the current card comes back naming who changed it, with the unsaved text kept", async () => {
    const parties = await storeAgreementProgramme(storage);
    const leaderCard = await open(parties, parties.leader);
    const traineeCard = await open(parties, parties.trainee);
    const edit = (card: unknown) => ({ programmeId: parties.programmeId, view: 'agreement.goal', version: action(card, 'Gem').data.version, goalId: GOAL_1 });
    await execute(bot, connector, parties.trainee, 'agreement.updateGoal', { ...edit(traineeCard.card), text: 'Lede et personalemøde', evidence: 'Dagsorden og referat' });

    const answer = await execute(bot, connector, parties.leader, 'agreement.updateGoal', { ...edit(leaderCard.card), text: 'Holde en svær samtale', evidence: 'Sparring bagefter' });
    const text = visibleText(answer.card);
    expect(text).toContain('Tina Trainee har ændret forløbet, mens du skrev. Det, du skrev, er ikke gemt');
    expect(inputValue(answer.card, 'text')).toBe('Holde en svær samtale');
    const goals = (await storage.programmes.load(parties.programmeId)).programme.currentAgreement()!.goals.map((g) => g.text);
    expect(goals).toContain('Lede et personalemøde');
    expect(goals).not.toContain('Holde en svær samtale');
  });

  it('two people adding a learning goal each from the same card both get theirs saved: different parts do not refuse each other', async () => {
    const parties = await storeAgreementProgramme(storage);
    const leaderCard = await open(parties, parties.leader);
    const traineeCard = await open(parties, parties.trainee);
    const traineeAdd = action(traineeCard.card, 'Gem');
    await execute(bot, connector, parties.trainee, traineeAdd.verb, { ...traineeAdd.data, text: 'Lede et personalemøde', evidence: 'Dagsorden og referat' });
    const leaderAdd = action(leaderCard.card, 'Gem');
    const answer = await execute(bot, connector, parties.leader, leaderAdd.verb, { ...leaderAdd.data, text: 'Holde en svær samtale', evidence: 'Sparring bagefter' });
    expect(visibleText(answer.card)).not.toContain('har ændret forløbet');
    const goals = (await storage.programmes.load(parties.programmeId)).programme.currentAgreement()!.goals.map((g) => g.text);
    expect(goals).toEqual(expect.arrayContaining(['Lede et personalemøde', 'Holde en svær samtale']));
  });

  it('the same invoke delivered twice adds the goal once, and the repeat is answered with the card as stored', async () => {
    const parties = await storeAgreementProgramme(storage);
    const overview = await open(parties, parties.trainee);
    const add = action(overview.card, 'Gem');
    const invoke = executeActivity(connector, parties.trainee, add.verb, { ...add.data, text: 'Lede et møde med teamet', evidence: 'Feedback fra teamet' });
    const first = await postInvoke(bot, invoke);
    const second = await postInvoke(bot, invoke);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const goals = (await storage.programmes.load(parties.programmeId)).programme.currentAgreement()!.goals;
    expect(goals.filter((g) => g.text === 'Lede et møde med teamet')).toHaveLength(1);
    expect(visibleText(second.card)).toContain('Lede et møde med teamet');
    const audit = await storage.programmes.auditLog(parties.programmeId, 10);
    expect(audit.filter((a) => a.action === 'agreement.goalAdded')).toHaveLength(1);
  });

  it('a client without Universal Actions presses the Action.Submit fallback and gets the same card as a message', async () => {
    const parties = await storeAgreementProgramme(storage);
    const overview = await open(parties, parties.trainee);
    const fallback = JSON.stringify(overview.card).match(/"fallback":\{"type":"Action.Submit","title":"Godkend læringsaftalen","data":(\{[^}]*\})/);
    expect(fallback).not.toBeNull();
    const value = JSON.parse(fallback![1]) as Record<string, unknown>;
    const replies = await sendInPersonalChat(bot, connector, parties.trainee, '', value);
    expect(visibleText(cardOf(replies[0]))).toContain('Du har godkendt læringsaftalen.');
    expect((await storage.programmes.load(parties.programmeId)).programme.currentAgreement()?.acceptedByTrainee?.by).toBe(parties.ids.trainee);
  });
});

describe('in a shared chat', () => {
  it("a fallback button pressed in a group chat acts, but the person's own card (which may hold what only they may see) is not posted for the whole chat", async () => {
    const parties = await storeAgreementProgramme(storage);
    const overview = await open(parties, parties.trainee);
    const fallback = JSON.stringify(overview.card).match(/"fallback":\{"type":"Action.Submit","title":"Godkend læringsaftalen","data":(\{[^}]*\})/);
    expect(fallback).not.toBeNull();
    const inPersonalChat = personalMessage({ serviceUrl: connector.serviceUrl, user: parties.trainee, locale: 'da-DK' }, '');
    const groupChat = { ...inPersonalChat.conversation, id: '19:agreement-fallback@thread.v2', conversationType: 'groupChat' };
    const activity = { ...inPersonalChat, conversation: groupChat, value: JSON.parse(fallback![1]) as object };
    expect((await bot.post(activity)).status).toBe(200);
    const replies = connector.activitiesIn(groupChat.id);
    expect(replies).toHaveLength(1);
    expect(replies[0].activity.attachments ?? []).toEqual([]);
    expect(replies[0].activity.text).toContain('personlige chat');
    expect((await storage.programmes.load(parties.programmeId)).programme.currentAgreement()?.acceptedByTrainee?.by).toBe(parties.ids.trainee);
  });
});

describe('size', () => {
  it('with 10 goals and 25 building blocks at their longest, every view of the card stays under 28 KB for every role', () => {
    const programme = largeAgreement();
    expect(programme.currentAgreement()!.blocks).toHaveLength(25);
    const userIds = ['29:1a', '29:1b', '29:1c'];
    for (const who of [programme.trainee.id, programme.leader.id, programme.hrConsultant!.id]) {
      const vm = agreementViewOf(programme, 7, { id: who, isProgrammeAdmin: false, hrDepartmentIds: [] });
      for (const language of ['da', 'en'] as const) {
        const options = { language, aids: TEST_AIDS, refreshUserIds: userIds };
        const cards = [
          renderAgreementCard(vm, { ...options, page: 1 }),
          renderAgreementCard(vm, { ...options, page: 3 }),
          renderAgreementGoalCard(vm, 'goal-5', options),
          renderAgreementBlockCard(vm, 'block-3', options),
        ];
        for (const card of cards) {
          expect(unboundExpressions(card)).toEqual([]);
          expect(byteSize(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
        }
      }
    }
  });
});
