import { Programme } from '../../bot/src/domain/programme';
import { StorageLimitError, TableStorage } from '../../bot/src/storage';
import { CHUNK_LENGTH, joinText, MAX_CHUNKS, splitText } from '../../bot/src/storage/chunkedText';
import { programmePartitionKey } from '../../bot/src/storage/keys';
import { agreement, nominatedProgramme } from '../support/programmeFixtures';
import { audit, edit, newStorage, partitionRows, rawTable } from './harness';

describe('long texts', () => {
  let storage: TableStorage;

  beforeAll(async () => {
    storage = await newStorage('large');
  });

  it('a learning agreement with more text than one table property holds is split over several and comes back whole', async () => {
    const long = agreement(1, {
      blocks: Array.from({ length: 40 }, (_, i) => ({
        id: `b${i}`,
        kind: 'practiceElement' as const,
        title: `Praksiselement ${i}`,
        description: `Beskrivelse med æøå og 🚀 ${'lang tekst '.repeat(400)}`,
        goalIds: ['g1'],
        period: { from: '2025-03-01' },
        practice: { form: 'placement' as const, reach: 'crossCutting' as const, scope: 'fuld tid', complexity: 2 as const },
        status: 'planned' as const,
      })),
    });
    const state = nominatedProgramme({ agreements: [long] });

    await storage.programmes.create(Programme.fromState(state), audit('agreement.drafted'));

    const row = (await partitionRows(rawTable(storage, 'Programmes'), programmePartitionKey(state.id))).find(
      (r) => r.rowKey === 'agreement|v0001',
    )!;
    expect(Object.keys(row).filter((name) => /^data(_\d+)?$/.test(name)).length).toBeGreaterThan(4);
    expect((await storage.programmes.load(state.id)).programme.toState()).toEqual(state);
  });

  it('an agreement that shrinks again leaves no stale parts behind', async () => {
    const big = agreement(1, { revisionReason: 'x'.repeat(3 * CHUNK_LENGTH) });
    const state = nominatedProgramme({ agreements: [big] });
    const loaded = await storage.programmes.create(Programme.fromState(state), audit('agreement.drafted'));

    await storage.programmes.save(edit(loaded, (s) => (s.agreements[0].revisionReason = 'kort')), audit('agreement.edited'));

    const row = (await partitionRows(rawTable(storage, 'Programmes'), programmePartitionKey(state.id))).find(
      (r) => r.rowKey === 'agreement|v0001',
    )!;
    expect(row).not.toHaveProperty('data_1');
    expect((await storage.programmes.load(state.id)).programme.toState().agreements[0].revisionReason).toBe('kort');
  });

  it('an emoji on the boundary between two parts is never cut in half', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(5)}`;

    const parts = splitText('data', text, 10);

    expect(parts.data).toBe('a'.repeat(9));
    expect(parts.data_1.startsWith('😀')).toBe(true);
    expect(joinText(parts, 'data')).toBe(text);
  });

  it('an empty text is stored as one empty part', () => {
    expect(splitText('data', '')).toEqual({ data: '' });
    expect(joinText({ data: '' }, 'data')).toBe('');
  });

  it('text too long for a whole table row is refused before anything is written', () => {
    expect(() => splitText('data', 'x'.repeat(MAX_CHUNKS * CHUNK_LENGTH + 1))).toThrow(StorageLimitError);
  });
});
