// Which answers can be drawn, and in which language. Shared by the terminal (`--png`)
// and the Slack "Chart" button so both offer charts for exactly the same answers.
import type { Answer, Lang, Query } from '../../query/types.ts';

/** Year-by-name answers draw as lines, rankings as horizontal bars. Tables of other
 *  shapes (coverage, papers, check, help) would draw as something misleading. */
const CHARTABLE: ReadonlySet<Query['kind']> = new Set(['compare', 'institution', 'top', 'countries', 'teamsize']);

export function isChartable(answer: Answer): boolean {
  return CHARTABLE.has(answer.kind) && answer.columns.length > 0 && answer.rows.length > 0;
}

export function notChartableMessage(answer: Answer): string {
  return `A '${answer.kind}' answer has no chart. Charts are drawn for compare, trend, inst/rank, top, countries and teamsize answers.`;
}

/** The answer's language: meta.lang where the core sets it, else read back from the
 *  canonical command (`lang:zh`), which always carries it. */
export function answerLang(answer: Answer): Lang {
  const own = (answer.meta as { lang?: Lang }).lang;
  if (own) return own;
  const m = /(?:^|\s)lang:(zh|ja)(?:\s|$)/.exec(answer.meta.command);
  return m ? (m[1] as Lang) : 'en';
}
