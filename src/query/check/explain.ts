// Words for the check answer, in the answer's language: how each claim was read, why a
// claim could not be read, and what forms can be read.
import { LOCALES } from '../../i18n/locales/byLang.ts';
import { countryName } from '../../i18n/countries.ts';
import { truncate } from '../../i18n/clip.ts';
import { joinList, t, punct } from '../../i18n/t.ts';
import { yearsLabel } from '../../i18n/years.ts';
import { CONFERENCE_LABEL } from '../figures/meta.ts';
import { venueLabel } from '../../domain/venues.ts';
import { FIRST_YEAR, LATEST_YEAR } from '../read/years.ts';
import type { ClaimFigure } from '../model/claimFigure.ts';
import type { Lang } from '../../domain/lang.ts';
import { INSTITUTION_TYPES } from '../../domain/institutionTypes.ts';
import type { Claim, ClaimReading, Problem } from './reading.ts';
import { outOfScopeLabel } from '../model/claimScope.ts';

/** The figure as a number written the way the claim's kind is read (8,491 · 12.5% · x8 · 3). */
export function figureValue(f: Pick<ClaimFigure, 'kind' | 'value' | 'decimals'>): string {
  switch (f.kind) {
    case 'count':
      return f.value.toLocaleString('en-US', { maximumFractionDigits: Math.max(f.decimals, 0) });
    case 'rank':
      return String(f.value);
    case 'growth':
      return String(Number(f.value.toFixed(Math.max(f.decimals, 1))));
    case 'share':
      return (f.value * 100).toFixed(f.decimals);
  }
}

export function describeFigure(f: ClaimFigure, lang: Lang = 'en'): string {
  const v = figureValue(f);
  const q = f.qualifier ? t(lang, `qual.${f.qualifier}`) : '';
  // "a count of more than 300", 超过300, 300以上: some languages put 以上/未満/近く after the figure.
  const value = !q ? v : LOCALES[lang].qualifierAfterFigure && f.qualifier !== 'about' ? `${v}${punct(lang).space}${q}` : `${q}${punct(lang).space}${v}`;
  return t(lang, `figure.${f.kind}`, { value });
}

export function describeClaim(claim: Claim, entityLabel: string, lang: Lang = 'en'): string {
  const { years } = claim;
  const when =
    claim.figure.kind === 'growth'
      ? t(lang, 'claim.fromTo', { from: years[0], to: years[years.length - 1] })
      : years.length > 1
        ? t(lang, 'claim.over', { years: yearsLabel(years) })
        : t(lang, 'claim.in', { year: years[0] });
  const parts = [entityLabel, describeFigure(claim.figure, lang), when];
  if (claim.top !== undefined) parts.push(t(lang, 'claim.top', { n: claim.top }));
  if (claim.conferences.length > 0) parts.push(claim.conferences.map((c) => CONFERENCE_LABEL[c]).join(' + '));
  if (claim.track) parts.push(venueLabel('tracks', claim.track, lang));
  if (claim.status) parts.push(t(lang, 'claim.status', { status: claim.status }));
  if (claim.instType) parts.push(INSTITUTION_TYPES[claim.instType].label[lang]);
  if (claim.country) parts.push(t(lang, 'claim.country', { country: countryName(claim.country, lang) }));
  if (claim.exact) parts.push(t(lang, 'claim.exact'));
  if (claim.units) parts.push(t(lang, 'claim.units'));
  if (claim.method) parts.push(t(lang, 'claim.method', { method: claim.method }));
  return parts.join(' · ');
}

export function problemWords(p: Problem, lang: Lang): string {
  switch (p.kind) {
    case 'missing':
      return t(lang, 'problem.missing', {
        what: joinList(
          lang,
          p.what.map((w) => t(lang, `problem.what.${w}`)),
        ),
      });
    case 'ambiguous':
      return t(lang, 'problem.ambiguous', { names: p.names });
    case 'severalNames':
      return t(lang, 'problem.severalNames', { count: p.count });
    case 'outside':
      return t(lang, 'problem.outside', { years: p.years, first: FIRST_YEAR, last: LATEST_YEAR });
    case 'badCountry':
      return t(lang, 'problem.badCountry', { value: p.value });
    case 'badTop':
    case 'topScope':
      return t(lang, `problem.${p.kind}`, { top: p.top });
    case 'outOfScope':
      return outOfScopeLabel(p.topic, lang);
    default:
      return t(lang, `problem.${p.kind}`);
  }
}

/** The forms a claim can take, with examples (also `help check`). */
export function claimForms(lang: Lang = 'en'): string {
  return t(lang, 'check.forms');
}

export function unreadableText(reading: Extract<ClaimReading, { ok: false }>, claim: string, lang: Lang = 'en'): string {
  const shown = truncate(claim, 201);
  const problem = reading.problems.map((p) => problemWords(p, lang)).join(punct(lang).clauseSep);
  return `${t(lang, 'check.couldNot', { claim: shown, problem })}\n\n${claimForms(lang)}`;
}

/** The parts of the sentence not checked, each with why: the same list as the answer's `check.unchecked`. */
export function notCheckedLine(unchecked: ReadonlyArray<{ text: string; why: string }>, lang: Lang = 'en'): string {
  const { colon, stop, clauseSep: sep } = punct(lang);
  return `*${t(lang, 'check.notChecked')}${colon}*${unchecked.map((u) => `${u.text} (${u.why})`).join(sep)}${stop}`;
}
