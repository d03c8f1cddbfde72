// `check China had 8,491 authors in 2024`: the claimed figure against airank's figure
// under every counting method, with a verdict per method, the closest method, the
// coverage caveats for the years involved, and the command that reproduces each figure.
import { t } from '../../i18n/t.ts';
import { readClaim, type Claim } from '../check/claim.ts';
import { claimOptions, computeFigure } from '../check/compute.ts';
import { describeClaim, unreadableText } from '../check/explain.ts';
import { reproduceCommand } from '../check/reproduce.ts';
import { closeness, verdict, type Verdict } from '../check/verdict.ts';
import type { QueryContext } from '../context.ts';
import { countryRuleLine } from '../countryRule.ts';
import { correctionNotes } from '../corrections.ts';
import { buildMeta } from '../meta.ts';
import { entityLabel } from '../names.ts';
import { METHODS, type Answer, type Cell, type Column, type Method, type ParsedQuery } from '../types.ts';

type CheckQuery = ParsedQuery & { kind: 'check' };

interface MethodRow {
  method: Method;
  value: number | null;
  verdict: Verdict;
  command: string;
}

/** The claim for a title: outer quotes dropped (the title adds its own), long ones cut. */
function quoted(claim: string): string {
  const inner = claim.replace(/^["“「『]+|["”」』]+$/g, '').trim();
  return `"${inner.length > 80 ? `${inner.slice(0, 80)}…` : inner}"`;
}

function figureType(claim: Claim): Column['type'] {
  switch (claim.figure.kind) {
    case 'rank':
      return 'int';
    case 'share':
      return 'percent';
    case 'growth':
      return 'multiple';
    case 'count':
      // Shown as precisely as the claim is written, the precision the verdict compares at
      // (fractional credit keeps its decimals in CSV and JSON).
      return claim.figure.decimals > 0 ? 'float' : 'int';
  }
}

function summary(rows: MethodRow[], claim: Claim): string {
  const matching = rows.filter((r) => r.verdict.kind === 'matches').map((r) => r.method);
  const computed = rows.filter((r) => r.value !== null);
  if (matching.length > 0) return `Matches under ${matching.join(', ')}${matching.length === 1 && computed.length > 1 ? ' only' : ''}`;
  if (computed.length === 0) return 'Cannot be checked';
  const best = [...computed].sort((a, b) => {
    const [ka, da] = closeness(a.verdict, claim.figure, a.value);
    const [kb, db] = closeness(b.verdict, claim.figure, b.value);
    return ka - kb || da - db;
  })[0];
  const text = best.verdict.text;
  return `${text[0].toUpperCase()}${text.slice(1)} under ${best.method}, the closest method`;
}

export function checkAnswer(ctx: QueryContext, q: CheckQuery): Answer {
  const lexicon = ctx.lexicon;
  const reading = readClaim(q.claim, lexicon);
  if (!reading.ok) {
    return {
      kind: 'check',
      title: `Could not read the claim: ${reading.missing.length > 0 ? `missing ${reading.missing.join(', ')}` : 'see why below'}`,
      columns: [],
      rows: [],
      totalRows: 0,
      offset: 0,
      text: unreadableText(reading, q.claim),
      meta: buildMeta(ctx, q, [], { methodLabel: 'none: the claim was not read' }),
    };
  }
  const { claim } = reading;
  const { lang } = q.options;
  const base = claimOptions(claim, q.options.method, q.options);

  const rows: MethodRow[] = METHODS.map((method) => {
    const options = claimOptions(claim, method, q.options);
    const computed = computeFigure(ctx, claim, options);
    return { method, value: computed.value, verdict: verdict(claim.figure, computed.value, computed.reason), command: reproduceCommand(claim, options, lexicon) };
  });
  const type = figureType(claim);
  const label = entityLabel(ctx, claim.entity, lang);
  const meta = buildMeta(ctx, { ...q, options: base }, claim.years, {
    methodLabel: 'every counting method, one row each (see `method`)',
    notes: [
      'Difference: (claimed − airank) / airank. "matches": the airank figure rounded as precisely as the claim is written gives the claimed figure.',
      ...(claim.top !== undefined ? [`top${claim.top}: only institutions in each year's top ${claim.top} under the row's method count; for a country, its institutions there are added up.`] : []),
      // The rows count authors by the default rule; the line says what `located` would give.
      ...(claim.entity.kind === 'country' ? [countryRuleLine(ctx, claim.years, { ...base, method: 'authors' }, [claim.entity.code])] : []),
      ...correctionNotes(ctx, { years: claim.years, options: base, groups: [claim.entity] }),
    ],
  });
  const gaps = meta.gaps.length > 0 ? `\n*Coverage gap in scope:* ${meta.gaps.map((g) => g.note).join('; ')}. A figure from another source may be higher for that reason.` : '';
  return {
    kind: 'check',
    title: `${summary(rows, claim)}: ${quoted(q.claim)}`,
    columns: [
      { key: 'method', label: t(lang, 'col.method'), type: 'text' },
      { key: 'airank', label: t(lang, 'col.airank'), type },
      { key: 'claimed', label: t(lang, 'col.claimed'), type },
      { key: 'difference', label: t(lang, 'col.difference'), type: 'percent' },
      { key: 'verdict', label: t(lang, 'col.verdict'), type: 'text' },
      { key: 'reproduce', label: t(lang, 'col.reproduce'), type: 'text' },
    ],
    rows: rows.map((r): Cell[] => [r.method, r.value, claim.figure.value, r.verdict.difference, r.verdict.text, r.command]),
    totalRows: rows.length,
    offset: 0,
    text: `*Read as:* ${describeClaim(claim, label)}.${gaps}`,
    meta,
  };
}
