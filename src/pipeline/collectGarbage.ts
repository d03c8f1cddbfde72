// Collects garbage between build phases and between the profile files linking reads. V8
// collects lazily, so without it the build's peak memory is mostly the previous phase's or
// file's garbage (source texts, parse trees, the linking index) still held when the next
// allocates. A collection runs only once the heap has grown by GROWTH since the last one,
// which bounds that garbage without a full collection per small file.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const GROWTH = 12 * 1024 * 1024;
let afterLast = 0;

export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size < afterLast + GROWTH) return;
  gc();
  afterLast = getHeapStatistics().used_heap_size;
}
