// Which answers can be drawn. Shared by the terminal (`--png`)
// and the Slack "Chart" button so both offer charts for exactly the same answers.
import { t } from '../../i18n/t.ts';
import type { Answer, Query } from '../../query/model/types.ts';

/** Year-by-name answers draw as lines, rankings as horizontal bars. Tables of other
 *  shapes (coverage, papers, check, help) would draw as something misleading. */
const CHARTABLE: ReadonlySet<Query['kind']> = new Set(['compare', 'institution', 'top', 'countries', 'teamsize']);

export function isChartable(answer: Answer): boolean {
  return CHARTABLE.has(answer.kind) && answer.columns.length > 0 && answer.rows.length > 0;
}

export function notChartableMessage(answer: Answer): string {
  return t(answer.meta.lang, 'chart.none', { kind: answer.kind });
}
