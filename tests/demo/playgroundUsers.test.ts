// The Agents Playground has one current user and no way to switch in its UI, so `npm start` lets
// AGENTS_PLAYGROUND_USER choose who chats: Lars to decide on a nomination, Hanne for take-off …
// Every demo person keeps the same Playground user id whoever is current.
import { playgroundUserOf, writePlaygroundConfig } from '../../bot/src/demo/playgroundConfig';
import { demoPeople } from '../../bot/src/demo/demoPeople';

function currentUserOf(yaml: string): string {
  return yaml.slice(yaml.indexOf('currentUser:'), yaml.indexOf('users:'));
}

test('AGENTS_PLAYGROUND_USER=lars makes Lars the one chatting, with Mette among the other users', () => {
  const yaml = writePlaygroundConfig('lars');
  expect(currentUserOf(yaml)).toContain(`aadObjectId: "${demoPeople.hrConsultant.id}"`);
  expect(currentUserOf(yaml)).toContain('id: "demo-user-1"');
  const users = yaml.slice(yaml.indexOf('users:'), yaml.indexOf('personalChat:'));
  expect(users).toContain(`aadObjectId: "${demoPeople.leader.id}"`);
  expect(users).toContain('id: "demo-user-leader"');
  expect(users).not.toContain(demoPeople.hrConsultant.id);
  expect(users.match(/aadObjectId/g)).toHaveLength(5);
});

test('by default Mette chats, as before', () => {
  expect(writePlaygroundConfig()).toBe(writePlaygroundConfig('mette'));
  expect(currentUserOf(writePlaygroundConfig())).toContain(`aadObjectId: "${demoPeople.leader.id}"`);
});

test('the setting names the demo person by first name, in any case; anything else names nobody', () => {
  expect(playgroundUserOf(undefined)).toBe('mette');
  expect(playgroundUserOf(' Hanne ')).toBe('hanne');
  expect(playgroundUserOf('LARS')).toBe('lars');
  expect(playgroundUserOf('mallory')).toBeUndefined();
  expect(playgroundUserOf('constructor')).toBeUndefined();
});
