// Collects garbage between build phases and between the profile files linking reads. V8
// collects lazily, so without it the build's peak memory is mostly the previous phase's or
// file's garbage (source texts, parse trees, the linking index) still held when the next
// allocates. A collection runs only once the heap has grown by a share of what the last one
// left (at least MIN_GROWTH): a full collection costs in proportion to the live heap, so the
// garbage allowed grows with it, and the build's collections cost a bounded share of its time.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MIN_GROWTH = 12 * 1024 * 1024;
const SHARE = 0.2;
let afterLast = 0;

export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size < afterLast + Math.max(MIN_GROWTH, SHARE * afterLast)) return;
  gc();
  afterLast = getHeapStatistics().used_heap_size;
}
