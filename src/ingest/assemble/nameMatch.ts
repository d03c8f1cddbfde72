// A loose "same person" test between two spellings of a name on the same paper, for
// joins where one source abbreviates, adds middle names or nicknames. Only used when
// the rest of the record (position, co-authors) already points to the same paper.
import { nameTokens } from '../records/normalizeText.ts';

// Joins compare the same few thousand names many times over.
const cache = new Map<string, string[]>();
function tokens(name: string): string[] {
  let t = cache.get(name);
  if (!t) cache.set(name, (t = nameTokens(name)));
  return t;
}

export function sameNameLoosely(a: string, b: string): boolean {
  const x = tokens(a);
  const y = tokens(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join('') === y.join('')) return true;
  const [small, large] = x.length <= y.length ? [x, y] : [y, x];
  // `Zhangyang "Atlas" Wang` / `Zhangyang Wang`, `Celine Lin` / `Yingyan Celine Lin`
  if (small.length >= 2 && small.every((t) => large.includes(t))) return true;
  if (x.length < 2 || y.length < 2) return false;
  const firstSame = x[0] === y[0];
  const lastX = x[x.length - 1];
  const lastY = y[y.length - 1];
  // `David P Wipf` / `David Wipf`, `Rareș Ambruș` / `Rares Andrei Ambrus`
  if (firstSame && lastX === lastY) return true;
  // `Vojta Jina` / `Vojta J`: a surname reduced to its initial
  return firstSame && (lastX.length === 1 || lastY.length === 1) && lastX[0] === lastY[0];
}
