// `check China had 8,491 authors in 2024`: the claimed figure against airank's figure
// under every counting method, with a verdict per method, the closest method, the
// coverage caveats for the years involved, and the command that reproduces each figure.
import { joinList, t, punct } from '../../i18n/t.ts';
import { truncate } from '../../i18n/clip.ts';
import { boldLabel } from '../../i18n/markup.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { readClaim } from '../check/claim.ts';
import { claimOptions, computeFigure } from '../check/compute.ts';
import { describeClaim, describeFigure, figureValue, notCheckedLine, unreadableText } from '../check/explain.ts';
import { reproduceCommand } from '../check/reproduce.ts';
import { verdict, type Verdict } from '../check/verdict.ts';
import { readingData, uncheckedData, unplaced } from '../check/readings.ts';
import type { QueryContext } from '../context/context.ts';
import { countryRule } from '../figures/countryRule.ts';
import { correctionNotes } from '../figures/corrections.ts';
import { buildMeta } from '../figures/meta.ts';
import { entityLabel } from '../context/names.ts';
import { type Answer, type ParsedQuery } from '../model/types.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Cell, Column } from '../../domain/table.ts';
import { METHODS, type Method } from '../model/methods.ts';
import type { Claim } from '../check/reading.ts';

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

/**
 * The headline verdict: under the method the claim names, or the default method when it names
 * none. The other methods are in the table as context, never a rescue.
 */
function headline(rows: MethodRow[], claim: Claim, defaultMethod: Method, lang: Lang): { row: MethodRow | undefined; text: string } {
  const method = claim.method ?? defaultMethod;
  const row = rows.find((r) => r.method === method);
  if (!row || row.value === null) return { row, text: row ? capital(`${t(lang, 'check.cannot')} (${method}: ${row.verdict.text})`) : t(lang, 'check.cannot') };
  return { row, text: capital(t(lang, claim.method ? 'check.stated' : 'check.default', { verdict: row.verdict.text, method })) };
}

const capital = (s: string): string => `${s[0].toUpperCase()}${s.slice(1)}`;

/** The row the verdict rests on: the method the claim names, else the default (never the closest: no rescue). */
function leadRow(rows: MethodRow[], claim: Claim, defaultMethod: Method): MethodRow {
  return rows.find((r) => r.method === (claim.method ?? defaultMethod)) ?? rows[0];
}

/** Several figures: one clause each; what the other methods say is said once when it is the same for all. */
function severalSentence(ctx: QueryContext, checked: Array<{ claim: Claim; rows: MethodRow[] }>, defaultMethod: Method, lang: Lang): string {
  const others = checked.map((c) => otherMethods(c.rows, leadRow(c.rows, c.claim, defaultMethod), lang));
  const same = others.every((o) => o === others[0]);
  const items = checked.map((c, i) => checkSentence(ctx, c.claim, c.rows, defaultMethod, lang, true, same ? '' : others[i]));
  return `${items.join(punct(lang).clauseSep)}${same ? others[0] : ''}${punct(lang).stop}`;
}

/** "; also under last; not under people, papers": the other methods' verdicts beside a matching lead. */
function otherMethods(rows: MethodRow[], lead: MethodRow, lang: Lang): string {
  if (lead.verdict.kind !== 'matches') return '';
  const others = rows.filter((r) => r !== lead && r.value !== null);
  const also = others.filter((r) => r.verdict.kind === 'matches').map((r) => r.method);
  const not = others.filter((r) => r.verdict.kind !== 'matches').map((r) => r.method);
  return (
    (also.length > 0 ? t(lang, 'head.checkAlso', { methods: joinList(lang, also) }) : '') +
    (not.length > 0 ? t(lang, 'head.checkNot', { methods: joinList(lang, not) }) : '')
  );
}

/**
 * "✅ Matches: China x7.9 against the claimed x8 (authors, 2020–2024); also under last; not under
 * people, papers, fractional or first." `short`: one of several figures in a sentence.
 */
function checkSentence(ctx: QueryContext, claim: Claim, rows: MethodRow[], defaultMethod: Method, lang: Lang, short: boolean, others?: string): string {
  const lead = leadRow(rows, claim, defaultMethod);
  const subject = entityLabel(ctx, claim.entity, lang);
  if (lead.value === null)
    return `❌ ${subject}${punct(lang).colon}${t(lang, 'head.checkNone', { reason: lead.verdict.text })}${short ? '' : punct(lang).stop}`;
  const matches = lead.verdict.kind === 'matches';
  const otherText = others ?? otherMethods(rows, lead, lang);
  const times = claim.figure.kind === 'growth' ? '×' : '';
  const words = {
    mark: matches ? '✅' : '❌',
    subject,
    value: `${times}${shown(lead.value, claim) ?? ''}`,
    claimed: `${times}${shown(claim.figure.value, claim) ?? ''}`,
    method: lead.method,
    others: otherText,
  };
  if (short) return t(lang, 'head.checkItem', words);
  return t(lang, 'head.check', { ...words, verdict: t(lang, matches ? 'head.checkMatch' : 'head.checkOff'), years: yearsLabel(claim.years) });
}

/** A claimed or computed figure as text, for answers holding figures of several kinds. */
function shown(value: number | null, claim: Claim): string | null {
  return value === null
    ? null
    : figureValue({
        ...claim.figure,
        value,
        decimals:
          claim.figure.kind === 'count' ? Math.max(claim.figure.decimals, value % 1 ? 1 : 0) : claim.figure.decimals + (claim.figure.kind === 'share' ? 1 : 0),
      }) + (claim.figure.kind === 'share' ? '%' : '');
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
  const { colon, stop } = punct(lang);
  const unchecked = uncheckedData(reading.unchecked, lang);
  const notChecked = unchecked.length > 0 ? `\n${notCheckedLine(unchecked, lang)}` : '';
  const contextLine = reading.context ? `${boldLabel(t(lang, 'check.context'), lang)}${reading.context}\n` : '';
  if (!reading.ok) {
    const what = joinList(
      lang,
      reading.missing.map((m) => t(lang, `problem.what.${m}`)),
    );
    const title = reading.missing.length > 0 ? t(lang, 'check.unreadableMissing', { what }) : t(lang, 'check.unreadableWhy');
    return {
      kind: 'check',
      headline: title,
      title: reading.missing.length > 0 ? t(lang, 'check.unreadableMissing', { what }) : t(lang, 'check.unreadableWhy'),
      columns: [],
      rows: [],
      totalRows: 0,
      offset: 0,
      unread: true,
      text: `${contextLine}${unreadableText(reading, q.claim, lang)}${notChecked}`,
      check: { ...(reading.context ? { context: reading.context } : {}), readings: [], unchecked },
      meta: buildMeta(ctx, q, [], { methodLabel: t(lang, 'check.notRead') }),
    };
  }
  const checked = reading.claims.map((claim) => {
    const unit = q.options.rollup ? namedUnit(ctx, claim) : null;
    const rows: MethodRow[] = METHODS.map((method) => {
      const options = claimOptions(claim, method, q.options, unit !== null);
      const computed = computeFigure(ctx, claim, options);
      return {
        method,
        value: computed.value,
        verdict: verdict(claim.figure, computed.value, computed.reason, lang),
        command: reproduceCommand(claim, options, lexicon),
      };
    });
    return { claim, unit, rows };
  });
  const first = checked[0];
  const several = checked.length > 1;
  const years = [...new Set(checked.flatMap((c) => c.claim.years))].sort((a, b) => a - b);
  const base = claimOptions(first.claim, q.options.method, q.options, first.unit !== null);
  // The rows count authors by the default rule; the line says what `located` would give.
  const rules = checked.flatMap((c) =>
    c.claim.entity.kind === 'country' ? [countryRule(ctx, c.claim.years, { ...base, method: 'authors' }, [c.claim.entity.code])] : [],
  );
  const countries = checked.map((c) => (c.claim.entity.kind === 'country' ? c.claim.entity.code : (ctx.institutions.get(c.claim.entity.id)?.country ?? '')));
  const meta = buildMeta(ctx, { ...q, options: base }, years, {
    methodLabel: t(lang, 'check.methodLabel'),
    figure: {
      // A rank or a top-N scope depends on every group, Chinese institutions included.
      countries: checked.some((c) => c.claim.top !== undefined || c.claim.figure.kind === 'rank') ? 'any' : countries,
      method: base.method,
      growth: checked.some((c) => c.claim.figure.kind === 'growth'),
      countryRule: rules.length > 0 || base.filters.country !== undefined,
    },
    caveats: rules.flatMap((r) => (r.caveat ? [r.caveat] : [])),
    notes: [
      t(lang, 'check.noteDifference'),
      ...[...new Set(checked.filter((c) => c.claim.top !== undefined).map((c) => c.claim.top!))].map((n) => t(lang, 'check.noteTop', { n })),
      ...[...new Set(checked.filter((c) => c.unit).map((c) => t(lang, 'check.noteUnit', c.unit!)))],
      ...new Set(rules.map((r) => r.line)),
      ...[...new Set(checked.flatMap((c) => correctionNotes(ctx, { years: c.claim.years, options: base, groups: [c.claim.entity] })))],
    ],
  });
  const readAs = checked
    .map((c) => `${boldLabel(t(lang, 'check.readAs'), lang)}${describeClaim(c.claim, entityLabel(ctx, c.claim.entity, lang), lang)}${stop}`)
    .join('\n');
  const type = figureType(first.claim);
  const heads = checked.map((c) => headline(c.rows, c.claim, q.options.method, lang));
  const summaries = `${several ? `${t(lang, 'check.several', { n: checked.length })}${colon}` : ''}${heads.map((h) => h.text).join(punct(lang).clauseSep)}`;
  // A sentence with a part airank cannot place is checked in part: never a plain "matches".
  const partly = unplaced(reading.unchecked).length;
  const sentence = several ? severalSentence(ctx, checked, q.options.method, lang) : checkSentence(ctx, first.claim, first.rows, q.options.method, lang, false);
  return {
    kind: 'check',
    headline: `${partly > 0 ? `${t(lang, 'check.partly', { n: partly })}${colon}` : ''}${sentence}`,
    title: `${t(lang, 'title.check', { claim: quoted(q.claim) })}`,
    columns: [
      ...(several ? [{ key: 'figure', label: t(lang, 'col.figure'), type: 'text' as const }] : []),
      { key: 'method', label: t(lang, 'col.method'), type: 'text' },
      { key: 'airank', label: t(lang, 'col.airank'), type: several ? 'text' : type },
      { key: 'claimed', label: t(lang, 'col.claimed'), type: several ? 'text' : type },
      { key: 'difference', label: t(lang, 'col.difference'), type: 'percent' },
      { key: 'verdict', label: t(lang, 'col.verdict'), type: 'text' },
      // The command is in the footer once; each row's is in the terminal, CSV and JSON.
      { key: 'reproduce', label: t(lang, 'col.reproduce'), type: 'text', detail: true },
    ],
    rows: checked.flatMap(({ claim, rows }) =>
      rows.map((r): Cell[] =>
        several
          ? [
              describeFigure(claim.figure, lang),
              r.method,
              shown(r.value, claim),
              shown(claim.figure.value, claim),
              r.verdict.difference,
              r.verdict.text,
              r.command,
            ]
          : [r.method, r.value, claim.figure.value, r.verdict.difference, r.verdict.text, r.command],
      ),
    ),
    totalRows: checked.length * METHODS.length,
    offset: 0,
    text: `${contextLine}${readAs}${notChecked}`,
    check: {
      ...(reading.context ? { context: reading.context } : {}),
      readings: checked.map((c, k) => {
        const row = heads[k].row;
        const method = c.claim.method ?? q.options.method;
        return readingData(
          c.claim,
          entityLabel(ctx, c.claim.entity, lang),
          method,
          row?.verdict ?? { kind: 'none', text: t(lang, 'check.cannot') },
          row?.value ?? null,
        );
      }),
      unchecked,
    },
    // The verdicts per method, and why a figure from elsewhere may be higher (the gaps themselves are meta.gaps).
    meta: { ...meta, notes: [summaries, ...(meta.gaps.length > 0 ? [t(lang, 'check.gapHigher')] : []), ...meta.notes] },
  };
}
