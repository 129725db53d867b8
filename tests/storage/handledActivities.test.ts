// The record of handled activities on Azurite: the first delivery acts, a retry does not.
import { actOnce } from '../../bot/src/application/actOnce';
import { createTableStorage, TableStorage } from '../../bot/src/storage';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';

let storage: TableStorage;

beforeAll(async () => {
  storage = createTableStorage({ connectionString: testConnectionString() }, { tablePrefix: uniqueTablePrefix('handled') });
  await storage.ensureTables();
});

test('an activity is handled the first time it arrives and recognised when Teams delivers it again', async () => {
  const conversationId = 'a:1Xy/personal#chat?';
  expect(await storage.handledActivities.markHandled(conversationId, 'f:activity-1')).toBe(true);
  expect(await storage.handledActivities.markHandled(conversationId, 'f:activity-1')).toBe(false);
  expect(await storage.handledActivities.markHandled(conversationId, 'f:activity-2')).toBe(true);
  expect(await storage.handledActivities.markHandled('another-conversation', 'f:activity-1')).toBe(true);
});

test('two deliveries of the same activity at the same moment act only once', async () => {
  let acted = 0;
  const act = async () => void acted++;
  const results = await Promise.all(
    Array.from({ length: 5 }, () => actOnce(storage.handledActivities, { conversationId: 'c', activityId: 'same' }, act)),
  );
  expect(acted).toBe(1);
  expect(results.filter(Boolean)).toHaveLength(1);
});

test('an activity without an id is acted on, since there is nothing to recognise it by', async () => {
  let acted = 0;
  await actOnce(storage.handledActivities, { conversationId: 'c' }, async () => void acted++);
  await actOnce(storage.handledActivities, { conversationId: 'c' }, async () => void acted++);
  expect(acted).toBe(2);
});
