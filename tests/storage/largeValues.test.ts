import { MAX_BLOCKS } from '../../bot/src/domain/agreement';
import { Programme } from '../../bot/src/domain/programme';
import type { AgreementState } from '../../bot/src/domain/state';
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

  /**
   * An agreement within the domain's limits (MAX_BLOCKS blocks; descriptions under the 4,000
   * characters a person sees, many of them emoji that take several code units each), yet far more
   * than one table property holds.
   */
  function longAgreement(): AgreementState {
    const base = agreement(1);
    return {
      ...base,
      blocks: [
        base.blocks[0], // the lederaspirantforløb every agreement has
        ...Array.from({ length: MAX_BLOCKS - 1 }, (_, i) => ({
          id: `praksis-${i}`,
          kind: 'practiceElement' as const,
          title: `Praksiselement ${i}`,
          description: `Beskrivelse med æøå ${'lang tekst 👩🏽‍💼 '.repeat(250)}`, // 3,270 characters, 4,770 code units
          goalIds: ['g1'],
          period: { from: '2025-03-01' },
          practice: { form: 'placement' as const, reach: 'crossCutting' as const, scope: 'fuld tid', complexity: 2 as const },
          status: 'planned' as const,
        })),
      ],
    };
  }

  it('a learning agreement with more text than one table property holds is split over several and comes back whole', async () => {
    const long = longAgreement();
    expect(JSON.stringify(long).length).toBeGreaterThan(4 * CHUNK_LENGTH);
    const state = nominatedProgramme({ agreements: [long] });

    await storage.programmes.create(Programme.fromState(state), audit('agreement.drafted'));

    const row = (await partitionRows(rawTable(storage, 'Programmes'), programmePartitionKey(state.id))).find(
      (r) => r.rowKey === 'agreement|v0001',
    )!;
    expect(Object.keys(row).filter((name) => /^data(_\d+)?$/.test(name)).length).toBeGreaterThan(4);
    expect((await storage.programmes.load(state.id)).programme.toState()).toEqual(state);
  });

  it('an agreement that shrinks again leaves no stale parts behind', async () => {
    const state = nominatedProgramme({ agreements: [longAgreement()] });
    const loaded = await storage.programmes.create(Programme.fromState(state), audit('agreement.drafted'));

    await storage.programmes.save(
      edit(loaded, (s) => s.agreements[0].blocks.forEach((b) => (b.description = 'kort'))),
      audit('agreement.edited'),
    );

    const row = (await partitionRows(rawTable(storage, 'Programmes'), programmePartitionKey(state.id))).find(
      (r) => r.rowKey === 'agreement|v0001',
    )!;
    expect(row).not.toHaveProperty('data_1');
    expect((await storage.programmes.load(state.id)).programme.toState().agreements[0].blocks[5].description).toBe('kort');
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
