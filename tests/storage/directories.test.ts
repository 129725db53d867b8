import { ConcurrencyConflictError, DomainError, NotFoundError } from '../../bot/src/domain/errors';
import type { StoredConversationReference } from '../../bot/src/application/ports';
import { TableStorage } from '../../bot/src/storage';
import { newStorage } from './harness';

describe('departments, people and where to reach them', () => {
  let storage: TableStorage;

  beforeAll(async () => {
    storage = await newStorage('dirs');
  });

  it('a department keeps its HR consultants, and can be listed and changed', async () => {
    await storage.departments.add({ id: 'mso', name: 'Sundhed og Omsorg', hrConsultants: [{ id: 'hr1', name: 'Hanne HR' }] });
    await storage.departments.add({ id: 'bu', name: 'Børn og Unge', hrConsultants: [] });
    const read = await storage.departments.load('mso');
    await storage.departments.update(read, {
      ...read.value,
      hrConsultants: [...read.value.hrConsultants, { id: 'hr2', name: 'Henrik HR', email: 'henrik@aarhus.dk' }],
    });

    expect((await storage.departments.get('mso')).hrConsultants.map((c) => c.id)).toEqual(['hr1', 'hr2']);
    expect((await storage.departments.list()).map((d) => d.name).sort()).toEqual(['Børn og Unge', 'Sundhed og Omsorg']);
  });

  it('adding a department that exists is refused and leaves the existing one as it was', async () => {
    const error = await storage.departments.add({ id: 'bu', name: 'Overskrevet', hrConsultants: [] }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).category).toBe('conflict');
    expect((await storage.departments.get('bu')).name).toBe('Børn og Unge');
  });

  it('when two admins change the same department at once, the second is refused and the first change stays', async () => {
    const first = await storage.departments.load('bu');
    const second = await storage.departments.load('bu');
    await storage.departments.update(first, { ...first.value, hrConsultants: [{ id: 'hr3', name: 'Helle HR' }] });

    const error = await storage.departments.update(second, { ...second.value, name: 'Børn & Unge' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConcurrencyConflictError);
    expect((error as ConcurrencyConflictError).messageFor('da')).toBe(
      'Nogen har ændret magistratsafdelingen imens. Hent den nyeste udgave og prøv igen.',
    );
    expect(await storage.departments.get('bu')).toEqual({ id: 'bu', name: 'Børn og Unge', hrConsultants: [{ id: 'hr3', name: 'Helle HR' }] });
  });

  it('asking for a department that does not exist says so in Danish', async () => {
    const error = await storage.departments.get('nope').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).messageFor('da-DK')).toBe('Magistratsafdelingen findes ikke.');
  });

  it('a person is remembered with locale and roles, and an unknown person is simply not found', async () => {
    const person = { id: 'aad/ø#1', name: 'Søren', locale: 'da-DK', isProgrammeAdmin: true, hrDepartmentIds: ['mso', 'bu'] };
    await storage.people.add(person);

    expect(await storage.people.find(person.id)).toEqual(person);
    expect(await storage.people.find('nobody')).toBeUndefined();
  });

  it('a person changed by someone else since it was read is not overwritten', async () => {
    await storage.people.add({ id: 'p3', name: 'Ole', isProgrammeAdmin: false, hrDepartmentIds: [] });
    const first = await storage.people.load('p3');
    const second = await storage.people.load('p3');
    const saved = await storage.people.update(first, { ...first.value, hrDepartmentIds: ['mso'] });

    await expect(storage.people.update(second, { ...second.value, isProgrammeAdmin: true })).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(await storage.people.find('p3')).toEqual({ id: 'p3', name: 'Ole', isProgrammeAdmin: false, hrDepartmentIds: ['mso'] });

    await storage.people.update(saved, { ...saved.value, locale: 'en-GB' });
    expect((await storage.people.find('p3'))?.locale).toBe('en-GB');
  });

  it('a person without e-mail or locale comes back without them', async () => {
    const person = { id: 'p2', name: 'Ida', isProgrammeAdmin: false, hrDepartmentIds: [] };
    await storage.people.add(person);

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
