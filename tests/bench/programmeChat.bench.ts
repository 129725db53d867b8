// How long a programme's card takes to reach its people through deliverToProgramme, on Azurite with
// the bot sending over real HTTP to a recording connector: into the bound group chat (one message),
// and into the three personal chats when no chat is bound.
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { DEMO_PROGRAMME_IDS, seedDemo } from '../../bot/src/demo/seedDemo';
import { renderProgrammeChatCard } from '../../bot/src/cards';
import { asTeamsUser } from '../bot/activities';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { sendInPersonalChat } from '../support/chat';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { groupChatMessage, newGroupChat } from '../programmeChat/groupChat';
import { performance } from 'node:perf_hooks';
import { Figures, report } from './figures';

let bot: BotServer;
let connector: RecordingConnector;

beforeAll(async () => {
  const storage = await azuriteStorage('benchprogchat');
  await seedDemo(storage, new Date());
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences });
  const people = [demoPeople.leader, demoPeople.hrConsultant, demoPeople.traineeInDevelopment, demoPeople.traineeInStartup].map(asTeamsUser);
  for (const user of people) await sendInPersonalChat(bot, connector, user, 'sprog dansk');
  const chat = newGroupChat();
  await bot.post(groupChatMessage(connector.serviceUrl, chat, people[0], '', { verb: 'programmeChat.bind', programmeId: DEMO_PROGRAMME_IDS.inDevelopment }));
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

test('programme chat figures', async () => {
  const send = (programmeId: string) =>
    bot.useCases.deliverToProgramme({
      programmeId,
      purpose: 'bench',
      cardFor: (audience) => ({ card: renderProgrammeChatCard({ language: audience.language, kind: 'bound', traineeName: 'Sofie Nielsen' }) }),
    });
  // The notifier spaces messages to one conversation by 200 ms (Teams' 7 a second): each run waits
  // that out first, so the figure is the delivery itself, not the pacing.
  const spaced = (programmeId: string) => async () => {
    await new Promise((resolve) => setTimeout(resolve, 220));
    const start = performance.now();
    await send(programmeId);
    return performance.now() - start;
  };
  const chat = await timed('a card into the bound group chat (one message)', 30, spaced(DEMO_PROGRAMME_IDS.inDevelopment));
  const personal = await timed('a card into the three personal chats (no chat bound)', 30, spaced(DEMO_PROGRAMME_IDS.inStartup));
  report('deliverToProgramme (Azurite + CloudAdapter + recording connector)', [chat, personal]);
});

/** Like measure(), for runs that time only part of themselves (they return the milliseconds). */
async function timed(name: string, runs: number, once: () => Promise<number>): Promise<Figures> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { name, runs, p50: at(0.5), p95: at(0.95), max: times[times.length - 1] };
}
