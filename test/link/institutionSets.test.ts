// ICLR 2024 paper institution sets on invented submissions.
import { describe, expect, it } from 'vitest';
import type { EuSubmission } from '../../src/ingest/readers/euIclr2024.ts';
import type { SourceAuthor, SourcePaper } from '../../src/ingest/records/types.ts';
import { applyInstitutionSets, matchInstitutionSets, type SetResolver } from '../../src/link/institutionSets.ts';
import { joinByTitle } from '../../src/link/joinByTitle.ts';
import type { Resolution } from '../../src/normalize/types.ts';

const known: Record<string, string> = { 'Univ Alpha': 'alpha', 'Univ Beta': 'beta', 'Alpha Lab': 'alpha-lab', 'Univ Gamma': 'gamma' };
// Alpha Lab is a unit of Univ Alpha; Northeastern is one name for two invented institutions.
const rootOfId = (id: string) => (id === 'alpha-lab' ? 'alpha' : id);
const resolver: SetResolver = {
  resolveIn: (name, countries): Resolution => {
    if (name === 'Northeastern' && countries.length === 1)
      return { institutionId: `ne-${countries[0]}`, rule: 'name_by_country', country: countries[0], matched: `Northeastern (${countries[0]})` };
    return known[name] ? { institutionId: known[name], rule: 'alias', country: 'XX' } : { institutionId: null, rule: 'unresolved', country: null };
  },
  rootOf: rootOfId,
};
const root = (aff?: string) => (aff && known[aff] ? rootOfId(known[aff]) : null);
const paper = (id: string, title: string, authors: SourceAuthor[]): SourcePaper => ({
  conference: 'iclr',
  year: 2024,
  sourceId: id,
  title,
  status: 'poster',
  track: 'main',
  authors,
  files: [],
});
const apply = (papers: SourcePaper[], subs: EuSubmission[]) => applyInstitutionSets(papers, matchInstitutionSets(papers, subs, resolver), root);
const sub = (title: string, authors: string[], institutions: string[], countries: string[] = []): EuSubmission => ({ title, authors, institutions, countries });

describe('joinByTitle', () => {
  it('matches exact keys, tolerates a camera-ready edit with a shared author, refuses ties', () => {
    const subs = [
      sub('Learning Quiet Rivers', ['Ana Lopo'], []),
      sub('Sparse Owls Fly at Night', ['Bo Quill'], []),
      sub('Twin', ['X Y'], []),
      sub('Twin', ['X Y'], []),
    ];
    const j = joinByTitle(
      [
        { title: 'Learning  quiet rivers!', authors: ['Ana Lopo'] },
        { title: 'Sparse Owls Fly by Night', authors: ['Bo Quill', 'New Person'] },
        { title: 'Sparse Owls Fly by Night', authors: ['Nobody Shared'] },
        { title: 'Twin', authors: ['X Y'] },
      ],
      subs,
    );
    expect(j.match).toEqual([0, 1, -1, -1]);
    expect([j.exact, j.tolerant, j.ambiguous]).toEqual([1, 1, 1]);
  });
});

describe('applyInstitutionSets', () => {
  it('gives a single institution to every author without evidence', () => {
    const r = apply([paper('a', 'One Place', [{ name: 'A' }, { name: 'B' }])], [sub('One Place', ['A', 'B'], ['Univ Alpha'])]);
    expect(r.papers[0].authors.map((a) => [a.affiliation, a.evidence])).toEqual([
      ['Univ Alpha', 'paper_set'],
      ['Univ Alpha', 'paper_set'],
    ]);
    expect(r.institutionSets.get('iclr2024:a')).toEqual(['alpha']);
  });

  it('never assigns one of several institutions to an author, and confirms or drops linked ones', () => {
    const authors: SourceAuthor[] = [
      { name: 'A' },
      { name: 'B', affiliation: 'Alpha Lab', evidence: 'linked_name' },
      { name: 'C', affiliation: 'Univ Gamma', evidence: 'linked_name' },
    ];
    const r = apply([paper('b', 'Two Places', authors)], [sub('Two Places', ['A', 'B', 'C'], ['Univ Alpha', 'Univ Beta'])]);
    const out = r.papers[0].authors;
    expect(out[0].affiliation).toBeUndefined();
    expect(out[1]).toBe(authors[1]); // on the list: kept as linked
    expect(out[2].affiliation).toBeUndefined(); // outside a fully resolved set
    expect(r.stats).toMatchObject({ linkedConfirmed: 1, linkedDropped: 1, filledFromSet: 0 });
    expect(r.institutionSets.get('iclr2024:b')).toEqual(['alpha', 'beta']);
  });

  it('does not treat a set with an unresolved name as a single institution', () => {
    const r = apply([paper('c', 'Half Known', [{ name: 'A' }])], [sub('Half Known', ['A'], ['Univ Alpha', 'Mystery Org'])]);
    expect(r.papers[0].authors[0].affiliation).toBeUndefined();
    expect(r.stats.unresolvedNames).toBe(1);
  });

  it('gives an author the one institution all the submissions under their name list', () => {
    const subs = [
      sub('Paper One', ['Ana Lopo', 'Bo Quill'], ['Univ Alpha', 'Univ Beta']),
      sub('Rejected Two', ['Ana Lopo', 'Cy Dent'], ['Alpha Lab', 'Univ Gamma']), // Alpha Lab rolls into alpha
      sub('Rejected Three', ['Bo Quill', 'Di Eng'], ['Univ Beta', 'Univ Alpha']),
      sub('Rejected Four', ['Cy Dent'], ['Univ Gamma', 'Mystery Org']),
    ];
    const r = apply([paper('d', 'Paper One', [{ name: 'Ana Lopo' }, { name: 'Bo Quill' }])], subs);
    // Ana: {alpha, beta} ∩ {alpha, gamma} = alpha, printed as this paper prints it. Bo: {alpha, beta} twice: no.
    expect(r.papers[0].authors.map((a) => [a.affiliation, a.evidence])).toEqual([
      ['Univ Alpha', 'set_intersection'],
      [undefined, undefined],
    ]);
    expect(r.stats.filledFromIntersection).toBe(1);
    // A name on one submission only, or on one whose set does not fully resolve, takes nothing.
    const m = matchInstitutionSets([], subs, resolver);
    expect([...m.soleRootByName.keys()]).toEqual(['ana lopo']);
  });

  it('reads a name that depends on the country with the countries the paper lists', () => {
    const subs = [sub('Boston Paper', ['A', 'B'], ['Northeastern'], ['United States']), sub('Both Paper', ['C'], ['Northeastern'], ['United States', 'China'])];
    const r = apply([paper('e', 'Boston Paper', [{ name: 'A' }, { name: 'B' }]), paper('f', 'Both Paper', [{ name: 'C' }])], subs);
    expect(r.institutionSets.get('iclr2024:e')).toEqual(['ne-US']);
    // The recorded text is the one that resolves alone, not the ambiguous name.
    expect(r.papers[0].authors.map((a) => a.affiliation)).toEqual(['Northeastern (US)', 'Northeastern (US)']);
    expect(r.institutionSets.has('iclr2024:f')).toBe(false);
  });
});
