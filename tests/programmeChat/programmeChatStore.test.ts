// The ProgrammeChats table on Azurite: a programme has one chat and a chat one programme. Binding
// again moves either side, the rows of the binding it replaces go in the same transaction, and
// what is stored (where the bot writes, who bound it) reads back unchanged.
import { ProgrammeChatBinding } from '../../bot/src/application/ports';
import { TableStorage } from '../../bot/src/storage';
import { azuriteStorage } from '../support/botServer';

let storage: TableStorage;

beforeAll(async () => {
  storage = await azuriteStorage('progchatstore');
});

const binding = (programmeId: string, chatId: string): ProgrammeChatBinding => ({
  programmeId,
  chatId,
  reference: { serviceUrl: 'https://smba.trafficmanager.net/emea/', channelId: 'msteams', conversation: { id: chatId, conversationType: 'groupChat', tenantId: 't' } },
  origin: 'teams',
  boundBy: 'b0000000-0000-4000-8000-000000000001',
  boundAt: '2026-11-28T04:00:00.000Z',
});

test('a binding reads back by programme and by chat, unchanged', async () => {
  const stored = binding('programme-a', '19:aaaa@thread.v2');
  await storage.programmeChats.bind(stored);
  expect(await storage.programmeChats.forProgramme('programme-a')).toEqual(stored);
  expect(await storage.programmeChats.forChat('19:aaaa@thread.v2')).toEqual(stored);
});

test('a programme moved to another chat is no longer found by its old chat', async () => {
  await storage.programmeChats.bind(binding('programme-b', '19:bbbb@thread.v2'));
  await storage.programmeChats.bind(binding('programme-b', '19:cccc@thread.v2'));
  expect(await storage.programmeChats.forChat('19:bbbb@thread.v2')).toBeUndefined();
  expect((await storage.programmeChats.forChat('19:cccc@thread.v2'))?.programmeId).toBe('programme-b');
});

test('a chat bound to another programme leaves the first programme without a chat', async () => {
  await storage.programmeChats.bind(binding('programme-c', '19:dddd@thread.v2'));
  await storage.programmeChats.bind(binding('programme-d', '19:dddd@thread.v2'));
  expect(await storage.programmeChats.forProgramme('programme-c')).toBeUndefined();
  expect((await storage.programmeChats.forChat('19:dddd@thread.v2'))?.programmeId).toBe('programme-d');
});

test('two binds of the same chat at once end with the chat bound to exactly one of them, every time', async () => {
  for (let round = 0; round < 10; round++) {
    const chatId = `19:race${round}@thread.v2`;
    const [e, f] = [`programme-e${round}`, `programme-f${round}`];
    await Promise.all([storage.programmeChats.bind(binding(e, chatId)), storage.programmeChats.bind(binding(f, chatId))]);
    const claiming = [await storage.programmeChats.forProgramme(e), await storage.programmeChats.forProgramme(f)].filter((b) => b?.chatId === chatId);
    expect(claiming).toHaveLength(1);
    expect((await storage.programmeChats.forChat(chatId))?.programmeId).toBe(claiming[0]?.programmeId);
  }
});

test('unbinding removes both rows; unbinding again is harmless', async () => {
  await storage.programmeChats.bind(binding('programme-g', '19:gggg@thread.v2'));
  await storage.programmeChats.unbind('programme-g');
  await storage.programmeChats.unbind('programme-g');
  expect(await storage.programmeChats.forProgramme('programme-g')).toBeUndefined();
  expect(await storage.programmeChats.forChat('19:gggg@thread.v2')).toBeUndefined();
});
