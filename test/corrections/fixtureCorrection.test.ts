// One accepted correction (Kim, first author of P5, NeurIPS 2024: Google by e-mail domain →
// MIT, as printed on the paper) changes Google's and MIT's figures under every counting method that
// counts Kim's slot (all but `last`), in `compare`, in the drill-down and in `check`; answers it moved say so.
import { describe, expect, it } from 'vitest';
import { type Answer } from '../../src/query/model/types.ts';
import { useFixtureAsker } from '../helpers/fixtureAsker.ts';
import { correction } from './helpers/correction.ts';
import { METHODS } from '../../src/query/model/methods.ts';

const KIM_TO_MIT = correction();

const before = useFixtureAsker();
const after = useFixtureAsker({ corrections: [KIM_TO_MIT] });

/** Google's and MIT's 2024 figures from `compare`, as [google, mit]. */
function compared(ask: (q: string) => Answer, method: string): [number, number] {
  const a = ask(`compare Google MIT 2024 ${method}`);
  const col = (key: string) => a.columns.findIndex((c) => c.key === key);
  return [a.rows[0][col('google')] as number, a.rows[0][col('mit')] as number];
}

// By hand from the fixture: P4 (Cai Tsinghua, Hao Tsinghua, Ivy MIT, Jun RIKEN AIP), P5 (Kim google.com, Lea Stanford).
const EXPECTED: Record<string, { before: [number, number]; after: [number, number] }> = {
  authors: { before: [1, 1], after: [0, 2] },
  people: { before: [1, 1], after: [0, 2] },
  papers: { before: [1, 1], after: [0, 2] },
  fractional: { before: [0.5, 0.25], after: [0, 0.75] },
  first: { before: [1, 0], after: [0, 1] },
  // Kim is P5's first author, not its last (Lea, Stanford; P4's last is Jun, RIKEN): `last` does not move.
  last: { before: [0, 0], after: [0, 0] },
};

const notes = (a: Answer) => a.meta.notes.join('\n');

describe('one accepted correction', () => {
  it.each(METHODS)('changes Google and MIT 2024 in compare under %s', (method) => {
    expect(compared(before.ask, method)).toEqual(EXPECTED[method].before);
    expect(compared(after.ask, method)).toEqual(EXPECTED[method].after);
  });

  it('compare says corrections moved it, and names the drill-down; the uncorrected database says nothing', () => {
    expect(notes(after.ask('compare Google MIT 2024'))).toMatch(
      /1 author slot corrected by editors \(see `papers "Massachusetts Institute of Technology" 2024`, `papers "Google" 2024`\)/,
    );
    expect(notes(before.ask('compare Google MIT 2024'))).not.toMatch(/corrected by editors/);
  });

  it('only answers whose figures it moved carry the note', () => {
    expect(notes(after.ask('2024 top10'))).toMatch(/1 author slot corrected by editors/);
    // Google and MIT are both in the US: no country figure moved.
    expect(notes(after.ask('countries 2024'))).not.toMatch(/corrected by editors/);
    expect(notes(after.ask('Tsinghua 2024'))).not.toMatch(/corrected by editors/);
    expect(notes(after.ask('compare Google MIT 2020'))).not.toMatch(/corrected by editors/);
    // Kim is a D&B-track author: a main-track-only figure did not move.
    expect(notes(after.ask('compare Google MIT 2024 main'))).not.toMatch(/corrected by editors/);
    expect(notes(after.ask('Google 2024 lang:zh'))).toMatch(/1 个作者署名经编辑更正/);
  });

  it('the drill-down lists the corrected slot with its evidence, and the slot moved away', () => {
    const mit = after.ask('papers MIT 2024');
    const kim = mit.rows.find((r) => r[3] === 'Kim');
    expect(kim?.[6]).toBe('Massachusetts Institute of Technology');
    expect(kim?.[7]).toMatch(/^correction #1 \(printed on the paper; accepted by editor 2026-11-29; was Google\)$/);
    expect(mit.slots?.[mit.rows.indexOf(kim!)]).toEqual({ conference: 'neurips', year: 2024, sourceId: 'P5', position: 1 });
    expect(before.ask('papers MIT 2024').rows.some((r) => r[3] === 'Kim')).toBe(false);

    const google = after.ask('papers Google 2024');
    expect(google.rows.some((r) => r[3] === 'Kim')).toBe(false);
    expect(notes(google)).toMatch(
      /Author slots formerly counted here, moved elsewhere by editors' corrections \(1\): "Paper P5", Kim \(1\/2\) → Massachusetts Institute of Technology \(correction #1\)/,
    );
  });

  it("check reads a different figure under every method that counts Kim's slot", () => {
    const rows = (a: Answer) => Object.fromEntries(a.rows.map((r) => [r[0], r[1]]));
    const b = rows(before.ask('check "MIT had 2 authors at NeurIPS 2024"'));
    const a = after.ask('check "MIT had 2 authors at NeurIPS 2024"');
    for (const method of METHODS.filter((m) => m !== 'last')) expect(rows(a)[method], method).not.toBe(b[method]);
    expect([rows(a).last, b.last]).toEqual([0, 0]);
    expect(a.meta.notes[0]).toMatch(/^Matches under authors, the default method/);
    expect(notes(a)).toMatch(/1 author slot corrected by editors/);
  });

  it('coverage counts the corrected slot under its own evidence kind', () => {
    const cov = after.ask('coverage');
    const row = cov.rows.find((r) => r[0] === 'NeurIPS' && r[1] === '2024')!;
    expect(String(row[13])).toMatch(/correction \d/);
    expect(notes(cov)).toMatch(/Author slots set by editors' reviewed corrections: 1 /);
    expect(notes(before.ask('coverage'))).not.toMatch(/corrections/);
  });

  it('exact keeps a correction (it is reviewed, not linked evidence)', () => {
    expect(compared(after.ask, 'exact')).toEqual([0, 2]);
  });
});
