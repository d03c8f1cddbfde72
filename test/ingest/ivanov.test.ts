import { describe, expect, it } from 'vitest';
import { readIvanov, splitNameAffiliation } from '../../src/ingest/readers/ivanov.ts';
import { fixture } from './fixtures.ts';

describe('ivanov reader', () => {
  const papers = readIvanov(fixture('ivanov_neurips2020.txt'), 'ivanov_neurips2020.txt');

  it('takes the last parenthesised group as the affiliation', () => {
    expect(papers[0].authors).toEqual([
      { name: 'Yan Li', affiliation: 'Pixel Research' },
      { name: 'Jingwan (Cynthia) Lu', affiliation: 'Pixel Research' },
      { name: 'Ada Moss' },
      { name: 'Kai Zhang', affiliation: 'National Institute of Widgets (NIW)' },
      { name: 'Tom Odd', affiliation: 'School of Advanced Things (SAT)' },
    ]);
  });

  it('reads an author without any affiliation', () => {
    expect(papers[1]).toEqual({ title: 'Second Paper With No Affiliations', authors: [{ name: 'Solo Writer' }] });
  });

  it('rejects an entry that is only parentheses', () => {
    expect(splitNameAffiliation('(Nobody)')).toBeNull();
  });
});
