// `check China had 8,491 authors in 2024`: the claimed figure against airank's figure
// under every counting method, with a verdict per method, the closest method, the
// coverage caveats for the years involved, and the command that reproduces each figure.
import { joinList, t } from '../../i18n/t.ts';
import { truncate } from '../../i18n/clip.ts';
import { readClaim, type Claim } from '../check/claim.ts';
import { claimOptions, computeFigure } from '../check/compute.ts';
import { describeClaim, describeFigure, figureValue, unreadableText } from '../check/explain.ts';
import { reproduceCommand } from '../check/reproduce.ts';
import { closeness, verdict, type Verdict } from '../check/verdict.ts';
import type { QueryContext } from '../context.ts';
import { countryRuleLine } from '../countryRule.ts';
import { correctionNotes } from '../corrections.ts';
import { buildMeta } from '../meta.ts';
import { entityLabel } from '../names.ts';
import { type Answer, type ParsedQuery } from '../types.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Cell, Column } from '../../domain/table.ts';
import { METHODS, type Method } from '../methods.ts';

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
  return `"${truncate(inner, 81)}"`;
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

function summary(rows: MethodRow[], claim: Claim, lang: Lang): string {
  const matching = rows.filter((r) => r.verdict.kind === 'matches').map((r) => r.method);
  const computed = rows.filter((r) => r.value !== null);
  const stated = claim.method ? rows.find((r) => r.method === claim.method) : undefined;
  if (stated && stated.value !== null) return capital(t(lang, 'check.stated', { verdict: stated.verdict.text, method: stated.method }));
  if (matching.length > 0) return t(lang, matching.length === 1 && computed.length > 1 ? 'check.matchesOnly' : 'check.matches', { methods: matching.join(', ') });
  if (computed.length === 0) return t(lang, 'check.cannot');
  const best = [...computed].sort((a, b) => {
    const [ka, da] = closeness(a.verdict, claim.figure, a.value);
    const [kb, db] = closeness(b.verdict, claim.figure, b.value);
    return ka - kb || da - db;
  })[0];
  return capital(t(lang, 'check.closest', { verdict: best.verdict.text, method: best.method }));
}

const capital = (s: string): string => `${s[0].toUpperCase()}${s.slice(1)}`;

/** A claimed or computed figure as text, for answers holding figures of several kinds. */
function shown(value: number | null, claim: Claim): string | null {
  return value === null ? null : figureValue({ ...claim.figure, value, decimals: claim.figure.kind === 'count' ? Math.max(claim.figure.decimals, value % 1 ? 1 : 0) : claim.figure.decimals + (claim.figure.kind === 'share' ? 1 : 0) }) + (claim.figure.kind === 'share' ? '%' : '');
}

/** The unit's parent when a unit is named on its own (DeepMind): it is then counted alone. */
function namedUnit(ctx: QueryContext, claim: Claim): { name: string; parent: string } | null {
  if (claim.entity.kind !== 'institution') return null;
  const inst = ctx.institutions.get(claim.entity.id);
  if (!inst || inst.rootId === inst.id) return null;
  return { name: inst.name, parent: ctx.institutions.get(inst.rootId)?.name ?? inst.rootId };
}

export function checkAnswer(ctx: QueryContext, q: CheckQuery): Answer {
  const lexicon = ctx.lexicon;
  const { lang } = q.options;
  const reading = readClaim(q.claim, lexicon, (id) => ctx.institutions.get(id)?.country ?? undefined);
  if (!reading.ok) {
    const what = joinList(lang, reading.missing.map((m) => t(lang, `problem.what.${m}`)));
    return {
      kind: 'check',
      title: reading.missing.length > 0 ? t(lang, 'check.unreadableMissing', { what }) : t(lang, 'check.unreadableWhy'),
      columns: [],
      rows: [],
      totalRows: 0,
      offset: 0,
      unread: true,
      text: unreadableText(reading, q.claim, lang),
      meta: buildMeta(ctx, q, [], { methodLabel: t(lang, 'check.notRead') }),
    };
  }
  const checked = reading.claims.map((claim) => {
    const unit = q.options.rollup ? namedUnit(ctx, claim) : null;
    const rows: MethodRow[] = METHODS.map((method) => {
      const options = claimOptions(claim, method, q.options, unit !== null);
      const computed = computeFigure(ctx, claim, options);
      return { method, value: computed.value, verdict: verdict(claim.figure, computed.value, computed.reason, lang), command: reproduceCommand(claim, options, lexicon) };
    });
    return { claim, unit, rows };
  });
  const first = checked[0];
  const several = checked.length > 1;
  const years = [...new Set(checked.flatMap((c) => c.claim.years))].sort((a, b) => a - b);
  const base = claimOptions(first.claim, q.options.method, q.options, first.unit !== null);
  const meta = buildMeta(ctx, { ...q, options: base }, years, {
    methodLabel: t(lang, 'check.methodLabel'),
    notes: [
      t(lang, 'check.noteDifference'),
      ...[...new Set(checked.filter((c) => c.claim.top !== undefined).map((c) => c.claim.top!))].map((n) => t(lang, 'check.noteTop', { n })),
      ...[...new Set(checked.filter((c) => c.unit).map((c) => t(lang, 'check.noteUnit', c.unit!)))],
      // The rows count authors by the default rule; the line says what `located` would give.
      ...[...new Set(checked.flatMap((c) => (c.claim.entity.kind === 'country' ? [countryRuleLine(ctx, c.claim.years, { ...base, method: 'authors' }, [c.claim.entity.code])] : [])))],
      ...[...new Set(checked.flatMap((c) => correctionNotes(ctx, { years: c.claim.years, options: base, groups: [c.claim.entity] })))],
    ],
  });
  const [colon, stop] = lang === 'en' ? [': ', '.'] : ['：', '。'];
  const gaps = meta.gaps.length > 0 ? `\n*${t(lang, 'check.gapInScope')}${colon}*${meta.gaps.map((g) => g.note).join('; ')}${stop} ${t(lang, 'check.gapHigher')}` : '';
  const readAs = checked.map((c) => `*${t(lang, 'check.readAs')}${colon}*${describeClaim(c.claim, entityLabel(ctx, c.claim.entity, lang), lang)}${stop}`).join('\n');
  const type = figureType(first.claim);
  const title = several
    ? `${t(lang, 'check.several', { n: checked.length })}${colon}${checked.map((c) => summary(c.rows, c.claim, lang)).join(lang === 'en' ? '; ' : '；')}`
    : `${summary(first.rows, first.claim, lang)}${colon}${quoted(q.claim)}`;
  return {
    kind: 'check',
    title,
    columns: [
      ...(several ? [{ key: 'figure', label: t(lang, 'col.figure'), type: 'text' as const }] : []),
      { key: 'method', label: t(lang, 'col.method'), type: 'text' },
      { key: 'airank', label: t(lang, 'col.airank'), type: several ? 'text' : type },
      { key: 'claimed', label: t(lang, 'col.claimed'), type: several ? 'text' : type },
      { key: 'difference', label: t(lang, 'col.difference'), type: 'percent' },
      { key: 'verdict', label: t(lang, 'col.verdict'), type: 'text' },
      { key: 'reproduce', label: t(lang, 'col.reproduce'), type: 'text' },
    ],
    rows: checked.flatMap(({ claim, rows }) =>
      rows.map((r): Cell[] =>
        several
          ? [describeFigure(claim.figure, lang), r.method, shown(r.value, claim), shown(claim.figure.value, claim), r.verdict.difference, r.verdict.text, r.command]
          : [r.method, r.value, claim.figure.value, r.verdict.difference, r.verdict.text, r.command],
      ),
    ),
    totalRows: checked.length * METHODS.length,
    offset: 0,
    text: `${readAs}${gaps}`,
    meta,
  };
}
