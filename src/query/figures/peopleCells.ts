// The packed slots of a `people` question read from people_cells (writePeopleCells.ts): the
// blobs of the cells its years, venues, track and tier name, joined and sorted. Filters a
// cell cannot name (country:, institution types, a method keeping some slots only) decline,
// and peopleCounts.ts reads the slot rows instead; test/query/presummed.test.ts compares both.
import { all } from '../../db/run.ts';
import { groupOf, linkedOf, lowBitsOf, type PackedColumn } from '../../db/packing.ts';
import type { QueryContext } from '../context/context.ts';
import { methodDef } from '../model/methods.ts';
import type { QueryOptions } from '../model/types.ts';

/** Sorted packed slots in scope, or undefined when the cells cannot say. */
export function packedFromCells(ctx: QueryContext, years: number[], options: QueryOptions, column: PackedColumn): Float64Array | undefined {
  const f = options.filters;
  if (!ctx.presummed || f.country || f.instType || methodDef(options.method).keeps !== 'all') return undefined;
  let q = ctx.db.selectFrom('people_cells').select('packed').where('packed_column', '=', column).where('year', 'in', years);
  if (f.conferences.length > 0) q = q.where('conference', 'in', f.conferences);
  if (f.track) q = q.where('track', '=', f.track);
  if (f.status) q = q.where('status', '=', f.status);
  let runs: Float64Array[] = all(ctx.sqlite, q).map(({ packed }) => {
    // Copied byte-wise: a blob's buffer need not be aligned for a Float64Array view.
    const cell = new Float64Array(packed.byteLength / 8);
    new Uint8Array(cell.buffer).set(packed);
    return cell;
  });
  // Each cell is sorted: merged in pairs, round by round, the scope comes out sorted without a sort.
  while (runs.length > 1) runs = runs.flatMap((run, i) => (i % 2 ? [] : [i + 1 < runs.length ? mergeSorted(run, runs[i + 1]) : run]));
  const slots = runs[0] ?? new Float64Array(0);
  return f.exact ? slots.filter((k) => linkedOf(lowBitsOf(k, groupOf(k))) === 0) : slots;
}

/** Two sorted runs as one. */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
  out.set(a.subarray(i), o);
  out.set(b.subarray(j), o + a.length - i);
  return out;
}
