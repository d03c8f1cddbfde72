// NeurIPS 2024: Paper Copilot marks every paper `main`. DBLP's proceedings list gives the
// track through the proceedings URL (`-Abstract-Conference` or `-Abstract-Datasets_and_
// Benchmarks_Track`). Papers are matched strictest first: the same title (unique on both
// sides), then the same ordered author list, then an author list that pairs up almost
// entirely (titles change at camera-ready). A paper DBLP does not list, or lists without
// a proceedings URL (journal-track papers, a few others), gets track `unknown`: the `main`
// filter leaves it out and `coverage` counts it. A paper listed twice (same title, same
// authors) is kept once.
import { normalizeTitle } from '../records/normalizeText.ts';
import type { DblpPaper } from '../readers/dblp.ts';
import type { SourcePaper } from '../records/types.ts';
import { pairAuthorNames, pairedCount } from './authorListMatch.ts';
import { authorListKey } from './fromPcByAuthorNames.ts';
import { uniqueIndex } from './uniqueIndex.ts';
import type { Track } from '../../domain/ids.ts';

export interface TrackResult {
  papers: SourcePaper[];
  byTrack: Record<Track, number>;
  /** Matched per pass. */
  matched: { title: number; authors: number; tolerant: number };
  /** Papers dropped as a second listing of the same paper. */
  duplicates: string[];
  notes: string[];
}

/** Share of the longer author list that must pair up in the tolerant pass. */
const TOLERANT_SHARE = 0.75;

const authorNames = (p: SourcePaper) => p.authors.map((a) => a.name);

export function markNeuripsTracks(input: SourcePaper[], dblp: { file: string; papers: DblpPaper[] }): TrackResult {
  // The same paper listed twice: same title and the same authors.
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const papers = input.filter((p) => {
    const k = `${normalizeTitle(p.title)}\u0000${authorListKey(authorNames(p))}`;
    if (seen.has(k)) {
      duplicates.push(p.title);
      return false;
    }
    seen.add(k);
    return true;
  });

  const matchOf: Array<number | undefined> = papers.map(() => undefined);
  const used = new Set<number>();
  const take = (i: number, d: number) => {
    matchOf[i] = d;
    used.add(d);
  };
  const pass = (key: (names: string[], title: string) => string): number => {
    const open = papers.flatMap((p, i) => (matchOf[i] === undefined ? [i] : []));
    const dOpen = dblp.papers.flatMap((d, k) => (used.has(k) ? [] : [k]));
    const dIdx = uniqueIndex(dOpen, (k) => key(dblp.papers[k].authors, dblp.papers[k].title));
    const pIdx = uniqueIndex(open, (i) => key(authorNames(papers[i]), papers[i].title));
    let n = 0;
    for (const [k, pos] of pIdx) {
      const d = dIdx.get(k);
      if (d !== undefined && k !== '') {
        take(open[pos], dOpen[d]);
        n++;
      }
    }
    return n;
  };
  const title = pass((_, t) => normalizeTitle(t));
  const authors = pass((names) => authorListKey(names));
  // Tolerant: the one open DBLP entry whose author list pairs up with this paper's, and no other open paper's.
  const open = papers.flatMap((p, i) => (matchOf[i] === undefined ? [i] : []));
  const dOpen = dblp.papers.flatMap((d, k) => (used.has(k) ? [] : [k]));
  const fits = (names: string[], other: string[]) =>
    pairedCount(pairAuthorNames(names, other)) >= Math.max(2, Math.ceil(TOLERANT_SHARE * Math.max(names.length, other.length)));
  const candidates = new Map(open.map((i) => [i, dOpen.filter((k) => fits(authorNames(papers[i]), dblp.papers[k].authors))]));
  const claimed = new Map<number, number>();
  for (const ks of candidates.values()) for (const k of ks) claimed.set(k, (claimed.get(k) ?? 0) + 1);
  let tolerant = 0;
  for (const [i, ks] of candidates) {
    if (ks.length === 1 && claimed.get(ks[0]) === 1) {
      take(i, ks[0]);
      tolerant++;
    }
  }

  const byTrack: Record<Track, number> = { main: 0, datasets_benchmarks: 0, unknown: 0 };
  const out = papers.map((p, i) => {
    const d = matchOf[i];
    const track: Track = d === undefined ? 'unknown' : (dblp.papers[d].proceedingsTrack ?? 'unknown');
    byTrack[track]++;
    return { ...p, track, files: d === undefined ? p.files : [...p.files, dblp.file] };
  });
  const matched = { title, authors, tolerant };
  const notes = [
    `tracks from ${dblp.file}: ${title + authors + tolerant} of ${papers.length} papers matched (${title} by title, ${authors} by author list, ${tolerant} tolerant); ` +
      `${byTrack.main} main, ${byTrack.datasets_benchmarks} datasets & benchmarks, ${byTrack.unknown} of unknown track (not in the proceedings list, or listed without a proceedings URL)` +
      (duplicates.length > 0 ? `; ${duplicates.length} listed twice, kept once (${duplicates[0]})` : ''),
  ];
  return { papers: out, byTrack, matched, duplicates, notes };
}
