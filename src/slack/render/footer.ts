// The context footer: everything a fact-checker needs to judge and reproduce a figure.
// Coverage gaps are never dropped; they are packed into as many context elements as needed.
import type { ContextBlock } from '@slack/types';
import type { AnswerMeta } from '../../query/model/types.ts';
import { footerLines as sharedFooterLines, glanceLines } from '../../render/format.ts';
import { MAX_CONTEXT_ELEMENTS, MAX_CONTEXT_TEXT } from './limits.ts';
import { escapeMrkdwn, splitText } from './text.ts';
import { truncate } from '../../i18n/clip.ts';

/** Footer lines in display order, mrkdwn-escaped, from the shared footer of every renderer. */
export function footerLines(meta: AnswerMeta): string[] {
  return sharedFooterLines(meta).map(({ kind, label, text }) => {
    const body = kind === 'command' ? `\`/airank ${meta.command.replace(/`/g, "'")}\` · terminal: \`${text.replace(/`/g, "'")}\`` : escapeMrkdwn(text);
    return `${kind === 'gap' ? ':warning: ' : ''}${label ? `*${label}:* ` : ''}${body}`;
  });
}

/** The default footer: one context block of at most two lines (render/format.ts's glanceLines). */
export function glanceBlock(meta: AnswerMeta): ContextBlock {
  const command = `\`/airank ${meta.command.replace(/`/g, "'")}\``;
  const [first, ...rest] = glanceLines(meta, '');
  const lines = [`${escapeMrkdwn(first)}${command}`, ...rest.map(escapeMrkdwn)];
  return { type: 'context', elements: lines.map((text) => ({ type: 'mrkdwn', text: truncate(text, MAX_CONTEXT_TEXT) })) };
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
