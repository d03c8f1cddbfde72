// The context footer: everything a fact-checker needs to judge and reproduce a figure.
// Coverage gaps are never dropped; they are packed into as many context elements as needed.
import type { ContextBlock } from '@slack/types';
import type { AnswerMeta } from '../../query/types.ts';
import { formatCell } from './format.ts';
import { MAX_CONTEXT_ELEMENTS, MAX_CONTEXT_TEXT } from './limits.ts';
import { escapeMrkdwn, splitText } from './text.ts';

export function formatYears(years: number[]): string {
  if (years.length === 0) return 'all years';
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 2) return `${sorted[0]}–${sorted[sorted.length - 1]}`;
  return sorted.join(', ');
}

/** Footer lines in display order, already mrkdwn-escaped. */
export function footerLines(meta: AnswerMeta): string[] {
  const e = escapeMrkdwn;
  const lines: string[] = [];
  const filters = meta.filters.length > 0 ? meta.filters.map(e).join(', ') : 'none';
  lines.push(`*Method:* ${e(meta.methodLabel)} · *Filters:* ${filters} · *Years:* ${formatYears(meta.years)}`);
  for (const gap of meta.gaps) lines.push(`:warning: *Coverage gap:* ${e(gap.note)}`);
  if (meta.linkedShare !== undefined && meta.linkedShare !== null) {
    lines.push(`*Linked evidence:* ${formatCell(meta.linkedShare, 'percent')} of this figure rests on linked (not printed) affiliations`);
  }
  for (const note of meta.notes) lines.push(e(note));
  lines.push(`*Data snapshot:* ${e(meta.snapshot)} · *built* ${e(meta.builtAt)}`);
  const command = e(meta.command).replace(/`/g, "'");
  lines.push(`*Reproduce:* \`/airank ${command}\` · terminal: \`airank ${command}\``);
  return lines;
}

/** Pack lines into mrkdwn elements (≤ MAX_CONTEXT_TEXT) and those into context blocks (≤ 10 elements). */
export function footerBlocks(meta: AnswerMeta): ContextBlock[] {
  const elements: string[] = [];
  let current = '';
  for (const line of footerLines(meta).flatMap((l) => splitText(l, MAX_CONTEXT_TEXT))) {
    const joined = current ? `${current}\n${line}` : line;
    if (joined.length > MAX_CONTEXT_TEXT) {
      elements.push(current);
      current = line;
    } else {
      current = joined;
    }
  }
  if (current) elements.push(current);
  const blocks: ContextBlock[] = [];
  for (let i = 0; i < elements.length; i += MAX_CONTEXT_ELEMENTS) {
    blocks.push({
      type: 'context',
      elements: elements.slice(i, i + MAX_CONTEXT_ELEMENTS).map((text) => ({ type: 'mrkdwn', text })),
    });
  }
  return blocks;
}
