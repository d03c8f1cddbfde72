// The pasted corpus (pastedCorpus.ts): sentences modelled on published ones, read as an
// editor pastes them. Measured and printed: misreads (a figure read that the sentence does
// not make: must be none), out-of-scope sentences refused with the right reason (at least
// 90%), in-scope sentences read whole as written or once the context is supplied (at least
// 85%); and for every sentence, every number in it is accounted for (read, or listed as not
// checked, or a year, a scope or a method).
import { describe, expect, it } from 'vitest';
import { readClaim } from '../../src/query/check/claim.ts';
import type { Claim, ClaimReading } from '../../src/query/check/reading.ts';
import { HELD_OUT, PASTED, type Expected, type PastedEntry } from './pastedCorpus.ts';
import { curatedCountryOf, curatedLexicon } from '../helpers/curatedLexicon.ts';
import { describeClaim, figureValue, notCheckedLine } from '../../src/query/check/explain.ts';
import { readingData, uncheckedData } from '../../src/query/check/readings.ts';
import { arabicNumerals } from '../../src/query/model/claimFigure.ts';
import { plainNumbers } from '../../src/query/model/numberWords.ts';

const read = (text: string): ClaimReading => readClaim(text, curatedLexicon, curatedCountryOf);

const FILTERS = ['top', 'conferences', 'instType', 'country', 'method', 'status', 'statuses', 'counts'] as const;

/** Does a claim read say what the expected reading says (entity, figure, hedge, years, filters)? */
function same(got: Claim, w: Expected): boolean {
  if (JSON.stringify(got.entity) !== JSON.stringify(w.entity)) return false;
  if (got.figure.kind !== w.kind || Math.abs(got.figure.value - w.value) > 1e-9) return false;
  if ((got.figure.qualifier ?? null) !== (w.qualifier ?? null)) return false;
  if (JSON.stringify(got.years) !== JSON.stringify(w.years)) return false;
  for (const f of FILTERS) {
    const g = f === 'conferences' ? (got.conferences.length ? [...got.conferences].sort() : undefined) : got[f];
    const e = f === 'conferences' && w.conferences ? [...w.conferences].sort() : w[f];
    if (JSON.stringify(g) !== JSON.stringify(e)) return false;
  }
  return true;
}

/** A figure is misread when it is checked as a claim the sentence does not make: same entity and figure, other scope, counts too. */
function misreads(reading: ClaimReading, e: PastedEntry): Claim[] {
  if (!reading.ok) return [];
  return reading.claims.filter((got) => !(e.readings ?? []).some((w) => same(got, w)));
}

function wholeRead(reading: ClaimReading, e: PastedEntry): string {
  const want = e.readings ?? [];
  const unlistedIn = (r: ClaimReading): string[] => (e.unchecked ?? []).filter((u) => !r.unchecked.some((g) => g.text.includes(u) || u.includes(g.text)));
  // A sentence with nothing airank can check is read whole when it says so and lists its parts.
  if (want.length === 0 && (!reading.ok || reading.claims.length === 0))
    return unlistedIn(reading).length > 0 ? `not listed as unchecked: ${unlistedIn(reading).join(', ')}` : '';
  if (!reading.ok) return `not read: ${reading.problem}`;
  const missingReadings = want.filter((w) => !reading.claims.some((got) => same(got, w)));
  if (missingReadings.length > 0)
    return `missing ${missingReadings.map((w) => `${JSON.stringify(w.entity)} ${w.kind} ${w.value}`).join(', ')}; read ${reading.claims.map((c) => `${JSON.stringify(c.entity)} ${c.figure.kind} ${c.figure.value} ${c.years.join(',')} top${c.top ?? ''} ${c.method ?? ''} ${c.conferences.join('+')}`).join(' | ')}`;
  if (reading.claims.length !== want.length) return `${reading.claims.length} figures read, ${want.length} expected`;
  const unlisted = unlistedIn(reading);
  if (unlisted.length > 0) return `not listed as unchecked: ${unlisted.join(', ')}`;
  return '';
}

function refusedRight(reading: ClaimReading, e: PastedEntry): string {
  if (reading.ok) return `read: ${reading.claims.map((c) => `${c.figure.kind} ${c.figure.value}`).join(', ')}`;
  const reasons = reading.problems.map((p) => (p.kind === 'outOfScope' ? p.topic : p.kind === 'outside' ? 'years' : p.kind));
  return e.refuse!.some((r) => reasons.includes(r)) ? '' : `refused for ${reasons.join(', ')}`;
}

/** Every number of the sentence is a figure read, a year, or listed as not checked (or a scope / method word). */
function unaccounted(reading: ClaimReading, text: string): string[] {
  if (!reading.ok) return [];
  const covered = [...reading.claims.map((c) => c.figure.text), ...reading.unchecked.map((u) => u.text)];
  const numbers = [...text.normalize('NFKC').matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]);
  return numbers.filter(
    (n) =>
      !/^(?:19|20)\d\d$/.test(n) &&
      !covered.some((c) => c.includes(n)) &&
      !new RegExp(`(?:top[\\s-]?|前|上位|トップ)${n}|${n}\\s*年`, 'i').test(text.normalize('NFKC')),
  );
}

describe('pasted corpus', () => {
  const results = PASTED.map((e) => {
    const asWritten = read(e.text);
    const withContext = e.context ? read(`${e.context}: ${e.text}`) : undefined;
    const final = withContext ?? asWritten;
    return {
      e,
      misread: [...misreads(asWritten, e), ...(withContext ? misreads(withContext, e) : [])],
      why: e.refuse ? refusedRight(asWritten, e) : wholeRead(final, e),
      final,
    };
  });
  const inScope = results.filter((r) => !r.e.refuse);
  const out = results.filter((r) => r.e.refuse);
  const misread = results.filter((r) => r.misread.length > 0);
  const whole = inScope.filter((r) => r.why === '');
  const right = out.filter((r) => r.why === '');

  it('has at least 100 sentences, at least 25 each in Chinese and Japanese, some to refuse', () => {
    expect(PASTED.length).toBeGreaterThanOrEqual(100);
    expect(PASTED.filter((e) => e.lang === 'zh').length).toBeGreaterThanOrEqual(25);
    expect(PASTED.filter((e) => e.lang === 'ja').length).toBeGreaterThanOrEqual(25);
    expect(out.length).toBeGreaterThanOrEqual(20);
    console.log(
      `pasted corpus: ${PASTED.length} sentences (en ${PASTED.filter((e) => e.lang === 'en').length}, zh ${PASTED.filter((e) => e.lang === 'zh').length}, ja ${PASTED.filter((e) => e.lang === 'ja').length}); ` +
        `misreads ${misread.length}; out of scope refused with the right reason ${right.length}/${out.length} (${((100 * right.length) / out.length).toFixed(1)}%); ` +
        `in scope read whole ${whole.length}/${inScope.length} (${((100 * whole.length) / inScope.length).toFixed(1)}%), ${inScope.filter((r) => r.e.context && r.why === '').length} of them once the context was supplied`,
    );
  });

  it('misreads no figure: nothing is checked that the sentence does not claim', () => {
    expect(
      misread.map(
        (r) =>
          `${r.e.text}: ${r.misread.map((c) => `${JSON.stringify(c.entity)} ${c.figure.kind} ${c.figure.value} ${c.years.join(',')} top${c.top ?? ''} ${c.method ?? ''} ${c.conferences.join('+')}`).join(' | ')}`,
      ),
    ).toEqual([]);
  });

  it('refuses at least 90% of the out-of-scope sentences with the right reason, and checks none of them', () => {
    expect(out.filter((r) => r.final.ok).map((r) => r.e.text)).toEqual([]);
    const rate = right.length / out.length;
    expect(
      rate,
      out
        .filter((r) => r.why)
        .map((r) => `${r.e.text}: ${r.why}`)
        .join('\n'),
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('reads at least 85% of the in-scope sentences whole (with the context, where the sentence needs it)', () => {
    const rate = whole.length / inScope.length;
    expect(
      rate,
      inScope
        .filter((r) => r.why)
        .map((r) => `${r.e.text}: ${r.why}`)
        .join('\n'),
    ).toBeGreaterThanOrEqual(0.85);
    if (process.env.SHOW_MISSES)
      console.log(
        inScope
          .filter((r) => r.why)
          .map((r) => `${r.e.text}: ${r.why}`)
          .join('\n'),
      );
  });

  it('asks for the context when the sentence leaves out the year, and reads nothing without it', () => {
    for (const r of inScope.filter((x) => x.e.context && /\d{4}/.test(x.e.context!))) {
      const asWritten = read(r.e.text);
      expect(asWritten.ok, r.e.text).toBe(false);
    }
  });

  it('accounts for every number of every sentence it reads', () => {
    expect(results.flatMap((r) => unaccounted(r.final, r.e.text).map((n) => `${r.e.text}: ${n}`))).toEqual([]);
  });

  it('gives readings and unchecked as data that agree with the text, for every sentence', () => {
    const name = (c: Claim): string => (c.entity.kind === 'country' ? c.entity.code : c.entity.id);
    for (const { e, final } of results) {
      const lang = e.lang;
      const unchecked = uncheckedData(final.unchecked, lang);
      const line = notCheckedLine(unchecked, lang);
      expect(unchecked.length, e.text).toBe(final.unchecked.length);
      for (const u of unchecked) {
        expect(line, e.text).toContain(`${u.text} (${u.why})`);
        // The span as read: the sentence with its numbers made plain (三大 → 3大, 1万4766 → 14766).
        expect(arabicNumerals(plainNumbers(e.text)).replace(/\s+/g, ''), e.text).toContain(u.text.replace(/\s+/g, ''));
      }
      if (!final.ok) continue;
      for (const c of final.claims) {
        const data = readingData(c, name(c), c.method ?? 'authors', { kind: 'none', text: '' }, null);
        const text = describeClaim(c, data.entity.name, lang);
        expect([data.entity.id, data.kind, data.value, data.years], e.text).toEqual([name(c), c.figure.kind, c.figure.value, c.years]);
        expect(text, e.text).toContain(data.entity.name);
        expect(text, e.text).toContain(figureValue({ kind: data.kind, value: data.value, decimals: c.figure.decimals }));
        for (const y of [data.years[0], data.years[data.years.length - 1]]) expect(text, e.text).toContain(String(y));
        if (data.basis) expect(text, e.text).toContain(String(data.basis.top));
        expect(data.filters.conferences, e.text).toEqual(c.conferences);
      }
    }
  });
});

describe('held-out sentences (written after the reader was tuned)', () => {
  const results = HELD_OUT.map((e) => {
    const final = read(e.context ? `${e.context}: ${e.text}` : e.text);
    return { e, misread: misreads(final, e), why: e.refuse ? refusedRight(final, e) : wholeRead(final, e) };
  });

  it('misreads none, and says how many it reads whole', () => {
    const inScope = results.filter((r) => !r.e.refuse);
    const out = results.filter((r) => r.e.refuse);
    console.log(
      `held out: ${HELD_OUT.length} sentences; misreads ${results.filter((r) => r.misread.length > 0).length}; ` +
        `out of scope refused with the right reason ${out.filter((r) => !r.why).length}/${out.length}; in scope read whole ${inScope.filter((r) => !r.why).length}/${inScope.length}\n` +
        results
          .filter((r) => r.why)
          .map((r) => `  ${r.e.text}: ${r.why}`)
          .join('\n'),
    );
    expect(results.filter((r) => r.misread.length > 0).map((r) => r.e.text)).toEqual([]);
    expect(out.filter((r) => r.why.startsWith('read')).map((r) => r.e.text)).toEqual([]);
  });
});
