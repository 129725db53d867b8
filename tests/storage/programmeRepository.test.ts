import { ConcurrencyConflictError, DomainError, NotFoundError } from '../../bot/src/domain/errors';
import { Programme } from '../../bot/src/domain/programme';
import { StorageLimitError, TableStorage } from '../../bot/src/storage';
import { programmePartitionKey } from '../../bot/src/storage/keys';
import { completedProgramme, conversation, followUp, nominatedProgramme } from '../support/programmeFixtures';
import { audit, edit, enterPhase, newStorage, partitionRows, rawTable, requestCounter } from './harness';

describe('a programme in Table Storage', () => {
  let storage: TableStorage;
  const counter = requestCounter();

  beforeAll(async () => {
    storage = await newStorage('prog', counter.options);
  });

  it('comes back exactly as it was stored, with agreements, every interview, follow-ups, take-off and outcome', async () => {
    const state = completedProgramme();
    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));

    const loaded = await storage.programmes.load(state.id);

    expect(loaded.programme.toState()).toEqual(state);
    const rowKeys = (await partitionRows(rawTable(storage, 'Programmes'), programmePartitionKey(state.id))).map((r) => r.rowKey);
    expect(rowKeys).toEqual(
      expect.arrayContaining(['programme', 'agreement|v0001', 'agreement|v0002', 'takeoff', `followup|${state.followUps[0].id}`]),
    );
    expect(rowKeys.filter((key) => key?.startsWith('conversation|'))).toHaveLength(state.conversations.length);
  });

  it('keeps the order of conversations and follow-ups even when their ids sort differently', async () => {
    const state = nominatedProgramme({
      conversations: [conversation({ id: 'zz' }), conversation({ id: 'aa' }), conversation({ id: 'mm' })],
      followUps: [followUp({ id: 'b' }), followUp({ id: 'a' })],
    });
    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));

    const loaded = (await storage.programmes.load(state.id)).programme.toState();

    expect(loaded.conversations.map((c) => c.id)).toEqual(['zz', 'aa', 'mm']);
    expect(loaded.followUps.map((f) => f.id)).toEqual(['b', 'a']);
  });

  it('opens a whole programme with a single request to storage', async () => {
    const state = completedProgramme();
    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));

    counter.count = 0;
    await storage.programmes.load(state.id);

    expect(counter.count).toBe(1);
  });

  it('tells the user the programme does not exist when nobody created it', async () => {
    const error = await storage.programmes.load('no-such-programme').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).messageFor('da')).toBe('Forløbet findes ikke.');
  });

  it('refuses to create a second programme with an id that is already taken, and keeps the first', async () => {
    const state = nominatedProgramme();
    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    const impostor = { ...state, nominationReason: 'Overskriver' };

    const error = await storage.programmes.create(Programme.fromState(impostor), audit('programme.nominated')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).category).toBe('conflict');
    expect((await storage.programmes.load(state.id)).programme.toState().nominationReason).toBe(state.nominationReason);
  });

  it('writes only the rows that changed when a follow-up is edited', async () => {
    const state = completedProgramme();
    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    const table = rawTable(storage, 'Programmes');
    const partition = programmePartitionKey(state.id);
    const before = new Map((await partitionRows(table, partition)).map((row) => [row.rowKey, row.etag]));

    const loaded = await storage.programmes.load(state.id);
    await storage.programmes.save(edit(loaded, (s) => (s.followUps[1].learned = 'At uddelegere')), audit('followUp.edited'));

    const after = new Map((await partitionRows(table, partition)).map((row) => [row.rowKey, row.etag]));
    const changed = [...after.keys()].filter((key) => before.get(key) !== after.get(key));
    expect(changed.filter((key) => !key?.startsWith('~audit|')).sort()).toEqual(['followup|' + state.followUps[1].id, 'programme']);
    expect(changed.filter((key) => key?.startsWith('~audit|'))).toHaveLength(1);
  });

  it('when trainee and leader save the same programme at once, the second save is refused as a conflict and nothing is lost', async () => {
    const state = completedProgramme();
    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    const trainee = await storage.programmes.load(state.id);
    const leader = await storage.programmes.load(state.id);

    await storage.programmes.save(edit(trainee, (s) => (s.takeOff!.needsNow = 'Sparring om ansøgningen')), audit('takeOff.updated'));
    const error = await storage.programmes
      .save(edit(leader, (s) => (s.followUps[0].leaderFeedback = 'Flot arbejde')), audit('followUp.edited'))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConcurrencyConflictError);
    expect((error as ConcurrencyConflictError).messageFor('da')).toBe('Nogen har ændret forløbet imens. Hent den nyeste udgave og prøv igen.');
    const stored = (await storage.programmes.load(state.id)).programme.toState();
    expect(stored.takeOff!.needsNow).toBe('Sparring om ansøgningen');
    expect(stored.followUps[0].leaderFeedback).toBe(state.followUps[0].leaderFeedback);
    expect((await storage.programmes.auditLog(state.id)).map((e) => e.action)).not.toContain('followUp.edited');
  });

  it('when two saves race each other, exactly one of them is stored and the other is told to reload', async () => {
    const state = nominatedProgramme();
    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    // Two people, each with their own copy read at the same moment.
    const [first, second] = await Promise.all([storage.programmes.load(state.id), storage.programmes.load(state.id)]);

    const results = await Promise.allSettled([
      storage.programmes.save(edit(first, (s) => (s.nominationReason = 'A')), audit('a')),
      storage.programmes.save(edit(second, (s) => (s.nominationReason = 'B')), audit('b')),
    ]);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(ConcurrencyConflictError);
    const winner = results.findIndex((r) => r.status === 'fulfilled') === 0 ? 'A' : 'B';
    expect((await storage.programmes.load(state.id)).programme.toState().nominationReason).toBe(winner);
  });

  it('can be saved again and again with what each save returns', async () => {
    const state = nominatedProgramme();
    let loaded = await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));

    loaded = await storage.programmes.save(edit(loaded, (s) => enterPhase(s, 'startup')), audit('phase.startup'));
    loaded = await storage.programmes.save(edit(loaded, (s) => s.conversations.push(conversation())), audit('conversation.booked'));
    loaded = await storage.programmes.save(edit(loaded, (s) => enterPhase(s, 'development')), audit('phase.development'));

    expect((await storage.programmes.load(state.id)).programme.toState()).toEqual(loaded.programme.toState());
  });

  it('a programme saved with an old copy after a newer save is refused, even from the same user', async () => {
    const state = nominatedProgramme();
    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    const oldCopy = await storage.programmes.load(state.id);
    const current = await storage.programmes.load(state.id);
    await storage.programmes.save(edit(current, (s) => enterPhase(s, 'startup')), audit('phase.startup'));

    await expect(storage.programmes.save(edit(oldCopy, (s) => (s.nominationReason = 'Gammel')), audit('x'))).rejects.toBeInstanceOf(
      ConcurrencyConflictError,
    );
  });

  it('removes the row of a cancelled-and-deleted conversation and of the take-off registration', async () => {
    const state = completedProgramme();
    const loaded = await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    const removed = state.conversations[5];

    await storage.programmes.save(
      edit(loaded, (s) => {
        s.conversations = s.conversations.filter((c) => c.id !== removed.id);
        delete s.takeOff;
      }),
      audit('conversation.removed'),
    );

    const rowKeys = (await partitionRows(rawTable(storage, 'Programmes'), programmePartitionKey(state.id))).map((r) => r.rowKey);
    expect(rowKeys).not.toContain(`conversation|${removed.id}`);
    expect(rowKeys).not.toContain('takeoff');
    const reloaded = (await storage.programmes.load(state.id)).programme.toState();
    expect(reloaded.conversations.map((c) => c.id)).not.toContain(removed.id);
    expect(reloaded.takeOff).toBeUndefined();
  });

  it('shows the audit log newest first, and only as many entries as asked for', async () => {
    const state = nominatedProgramme();
    let loaded = await storage.programmes.create(Programme.fromState(state), audit('programme.nominated', 'leader'));
    loaded = await storage.programmes.save(edit(loaded, (s) => enterPhase(s, 'startup')), audit('phase.startup', 'hr'));
    await storage.programmes.save(edit(loaded, (s) => enterPhase(s, 'development')), { ...audit('phase.development', 'hr'), detail: 'gate ok' });

    const log = await storage.programmes.auditLog(state.id);

    expect(log.map((e) => e.action)).toEqual(['phase.development', 'phase.startup', 'programme.nominated']);
    expect(log[0]).toEqual(expect.objectContaining({ by: 'hr', detail: 'gate ok' }));
    expect(log[2].by).toBe('leader');
    expect((await storage.programmes.auditLog(state.id, 2)).map((e) => e.action)).toEqual(['phase.development', 'phase.startup']);
    // Each entry names the version its save made, so a change can tell which saves it did not see.
    expect(log.map((e) => e.version)).toEqual([3, 2, 1]);
  });

  it('refuses loudly, writing nothing, a change too big for one transaction', async () => {
    const followUps = Array.from({ length: 100 }, () => followUp());
    const state = nominatedProgramme({ followUps });

    await expect(storage.programmes.create(Programme.fromState(state), audit('import'))).rejects.toBeInstanceOf(StorageLimitError);
    await expect(storage.programmes.load(state.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses to save a programme that was not loaded through the repository', async () => {
    const state = nominatedProgramme();
    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));

    await expect(storage.programmes.save({ programme: Programme.fromState(state), token: {}, version: 1 }, audit('x'))).rejects.toThrow(
      /load\(\) or create\(\)/,
    );
  });
});

describe('a repository that is hard to misuse', () => {
  it('saving the same loaded programme twice is named as a programming error, not reported as someone else\'s change', async () => {
    const storage = await newStorage('misuse');
    const created = await storage.programmes.create(Programme.fromState(nominatedProgramme()), audit('programme.nominated'));
    const saved = await storage.programmes.save(created, audit('programme.changed'));
    await expect(storage.programmes.save(created, audit('programme.changed'))).rejects.toThrow(
      /a save was already made from this loaded version/,
    );
    // The version save() returned is the one to go on with.
    await expect(storage.programmes.save(saved, audit('programme.changed'))).resolves.toBeDefined();
  });
});
