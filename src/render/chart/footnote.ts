// The method footnote printed on every chart: a chart cut out of Slack and pasted
// into a draft must still say how it was counted, what is missing, and how to
// reproduce it.
import type { AnswerMeta } from '../../query/types.ts';
import type { Lang } from '../../query/types.ts';
import { footerLines, footerText } from '../format.ts';

/** Lines before wrapping: the shared footer of every rendering, in the chart's language. */
export function footnoteLines(meta: AnswerMeta, lang: Lang): string[] {
  return footerLines({ ...meta, lang }).map((line) => footerText(line, lang));
}
