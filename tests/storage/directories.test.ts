import { NotFoundError } from '../../bot/src/domain/errors';
import type { StoredConversationReference } from '../../bot/src/application/ports';
import { TableStorage } from '../../bot/src/storage';
import { newStorage } from './harness';

describe('departments, people and where to reach them', () => {
  let storage: TableStorage;

  beforeAll(async () => {
    storage = await newStorage('dirs');
  });

  it('a department keeps its HR consultants, and can be listed and replaced', async () => {
    await storage.departments.put({ id: 'mso', name: 'Sundhed og Omsorg', hrConsultants: [{ id: 'hr1', name: 'Hanne HR' }] });
    await storage.departments.put({ id: 'bu', name: 'Børn og Unge', hrConsultants: [] });
    await storage.departments.put({
      id: 'mso',
      name: 'Sundhed og Omsorg',
      hrConsultants: [
        { id: 'hr1', name: 'Hanne HR' },
        { id: 'hr2', name: 'Henrik HR', email: 'henrik@aarhus.dk' },
      ],
    });

    expect((await storage.departments.get('mso')).hrConsultants.map((c) => c.id)).toEqual(['hr1', 'hr2']);
    expect((await storage.departments.list()).map((d) => d.name).sort()).toEqual(['Børn og Unge', 'Sundhed og Omsorg']);
  });

  it('asking for a department that does not exist says so in Danish', async () => {
    const error = await storage.departments.get('nope').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).messageFor('da-DK')).toBe('Magistratsafdelingen findes ikke.');
  });

  it('a person is remembered with locale and roles, and an unknown person is simply not found', async () => {
    const person = { id: 'aad/ø#1', name: 'Søren', locale: 'da-DK', isProgrammeAdmin: true, hrDepartmentIds: ['mso', 'bu'] };
    await storage.people.put(person);

    expect(await storage.people.find(person.id)).toEqual(person);
    expect(await storage.people.find('nobody')).toBeUndefined();
  });

  it('a person without e-mail or locale comes back without them', async () => {
    const person = { id: 'p2', name: 'Ida', isProgrammeAdmin: false, hrDepartmentIds: [] };
    await storage.people.put(person);

    expect(await storage.people.find('p2')).toEqual(person);
  });

  it('the bot reaches a user in the personal chat first, and a conversation saved twice is kept once', async () => {
    const ref = (id: string, conversationType: string): StoredConversationReference => ({
      conversation: { id, conversationType, tenantId: 't' },
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      bot: { id: 'bot' },
    });
    const user = 'user/1';
    await storage.conversationReferences.save(user, ref('19:group@thread.v2', 'groupChat'));
    await storage.conversationReferences.save(user, ref('a:1personal?chat#x', 'personal'));
    await storage.conversationReferences.save(user, { ...ref('19:group@thread.v2', 'groupChat'), serviceUrl: 'https://new/' });

    const list = await storage.conversationReferences.listForUser(user);

    expect(list.map((r) => r.conversation.id)).toEqual(['a:1personal?chat#x', '19:group@thread.v2']);
    expect(list[1].serviceUrl).toBe('https://new/');
    expect(await storage.conversationReferences.listForUser('someone else')).toEqual([]);
  });
});
