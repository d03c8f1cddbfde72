// Collects garbage between build phases. V8 collects lazily, so without it the build's
// peak memory is mostly the previous phase's garbage (source texts, parse trees, the
// linking index) still held when the next phase allocates.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function collectGarbage(): void {
  gc();
}
