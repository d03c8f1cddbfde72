// The one Block Kit check every outgoing payload passes (src/slack/delivery/deliver.ts calls
// `checked`). It encodes Slack's published limits (limits.ts) and repairs what can be
// repaired without losing content: lone surrogates, over-long text (cut by code point
// and marked), tables Slack would refuse (shown as monospace text instead).
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KnownBlock } from '@slack/types';
import type { SlackMessage } from './answer.ts';
import {
  MAX_ACTION_ELEMENTS,
  MAX_BLOCKS,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_CONTEXT_ELEMENTS,
  MAX_FALLBACK_TEXT,
  MAX_HEADER_TEXT,
  MAX_SECTION_TEXT,
  MAX_TABLE_CHARS,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  MAX_TEXT_OBJECT,
} from './limits.ts';
import { escapeMrkdwn, hasLoneSurrogate, repairSurrogates, splitText } from './text.ts';
import { truncate } from '../../i18n/clip.ts';

const TYPES = new Set(['header', 'section', 'context', 'actions', 'table', 'divider']);

function tableProblems(b: any, at: string): string[] {
  const v: string[] = [];
  const rows: any[][] = Array.isArray(b.rows) ? b.rows : [];
  if (rows.length === 0) v.push(`${at}: no rows`);
  if (rows.length > MAX_TABLE_ROWS) v.push(`${at}: ${rows.length} rows > ${MAX_TABLE_ROWS}`);
  const width = rows[0]?.length ?? 0;
  if (width > MAX_TABLE_COLUMNS) v.push(`${at}: ${width} cells in a row > ${MAX_TABLE_COLUMNS}`);
  if (rows.some((r) => r.length !== width)) v.push(`${at}: ragged rows`);
  let chars = 0;
  rows.forEach((r, i) =>
    r.forEach((cell, j) => {
      const text = typeof cell?.text === 'string' ? cell.text : '';
      if (text.trim() === '') v.push(`${at}: empty cell at row ${i}, column ${j}`);
      chars += text.length;
    }),
  );
  if (chars > MAX_TABLE_CHARS) v.push(`${at}: ${chars} characters in the table > ${MAX_TABLE_CHARS}`);
  if ((b.column_settings ?? []).length > MAX_TABLE_COLUMNS) v.push(`${at}: column_settings > ${MAX_TABLE_COLUMNS}`);
  return v;
}

function blockProblems(b: any, at: string): string[] {
  const v: string[] = [];
  const text = (s: unknown, max: number, what: string) => {
    if (typeof s !== 'string' || s.trim() === '') v.push(`${at}: empty ${what}`);
    else if (s.length > max) v.push(`${at}: ${what} ${s.length} > ${max}`);
  };
  switch (b.type) {
    case 'header':
      if (b.text?.type !== 'plain_text') v.push(`${at}: header text must be plain_text`);
      text(b.text?.text, MAX_HEADER_TEXT, 'header text');
      break;
    case 'section':
      text(b.text?.text, MAX_SECTION_TEXT, 'section text');
      break;
    case 'context':
      if (!Array.isArray(b.elements) || b.elements.length < 1 || b.elements.length > MAX_CONTEXT_ELEMENTS)
        v.push(`${at}: ${b.elements?.length ?? 0} context elements (1-${MAX_CONTEXT_ELEMENTS})`);
      for (const e of b.elements ?? []) text(e.text, MAX_TEXT_OBJECT, 'context text');
      break;
    case 'actions':
      if (!Array.isArray(b.elements) || b.elements.length < 1 || b.elements.length > MAX_ACTION_ELEMENTS)
        v.push(`${at}: ${b.elements?.length ?? 0} action elements`);
      for (const e of b.elements ?? []) {
        text(e.text?.text, MAX_BUTTON_TEXT, 'button text');
        if (typeof e.value === 'string' && e.value.length > MAX_BUTTON_VALUE) v.push(`${at}: button value ${e.value.length} > ${MAX_BUTTON_VALUE}`);
      }
      break;
    case 'table':
      v.push(...tableProblems(b, at));
      break;
    case 'divider':
      break;
    default:
      v.push(`${at}: unknown block type ${String(b.type)}`);
  }
  return v;
}

function walkStrings(value: unknown, visit: (s: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) value.forEach((x) => walkStrings(x, visit));
  else if (value && typeof value === 'object') Object.values(value).forEach((x) => walkStrings(x, visit));
}

/** Every way `message` breaks Slack's limits; empty when Slack will accept it. */
export function blockKitProblems(message: { text?: string; blocks?: unknown[] }): string[] {
  const v: string[] = [];
  const blocks = (message.blocks ?? []) as any[];
  if (typeof message.text !== 'string' || message.text.trim() === '') v.push('no fallback text');
  else if (message.text.length > MAX_FALLBACK_TEXT) v.push(`fallback text ${message.text.length} > ${MAX_FALLBACK_TEXT}`);
  if (blocks.length > MAX_BLOCKS) v.push(`${blocks.length} blocks > ${MAX_BLOCKS}`);
  const tables = blocks.filter((b) => b?.type === 'table').length;
  if (tables > 1) v.push(`${tables} table blocks > 1`);
  const ids = blocks.map((b) => b?.block_id).filter(Boolean);
  if (new Set(ids).size !== ids.length) v.push('duplicate block_id');
  blocks.forEach((b, i) => {
    const at = `block ${i} (${b?.type})`;
    if (!TYPES.has(b?.type)) v.push(`${at}: unknown block type`);
    else v.push(...blockProblems(b, at));
  });
  let lone = false;
  walkStrings(message, (s) => {
    lone ||= hasLoneSurrogate(s);
  });
  if (lone) v.push('lone surrogate (half an emoji) in the text');
  return v;
}

/** `value` with every string in it passed through `f` (deep copy). */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((x) => mapStrings(x, f)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, mapStrings(x, f)])) as T;
  return value;
}

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** A table block as monospace sections: the same cells, no table limits. */
function tableAsText(b: any): KnownBlock[] {
  const rows: string[][] = (b.rows ?? []).map((r: any[]) =>
    r.map((c) =>
      String(c?.text ?? '')
        .replace(/\s+/g, ' ')
        .replace(/`/g, "'"),
    ),
  );
  const widths = (rows[0] ?? []).map((_, j) => Math.max(...rows.map((r) => (r[j] ?? '').length)));
  const lines = rows.map((r) =>
    r
      .map((c, j) => c.padEnd(widths[j]))
      .join('  ')
      .trimEnd(),
  );
  return splitText(lines.map(escapeMrkdwn).join('\n'), MAX_SECTION_TEXT - 8).map((chunk) => section(`\`\`\`\n${chunk}\n\`\`\``));
}

/** Fix each block in place of dropping it: cut text by code point, split context, tables Slack refuses as text. */
function repairBlock(b: any, seenTable: boolean): KnownBlock[] {
  switch (b.type) {
    case 'header':
      return [{ ...b, text: { type: 'plain_text', text: truncate(b.text?.text || ' ', MAX_HEADER_TEXT) } }];
    case 'section':
      return splitText(b.text?.text || ' ', MAX_SECTION_TEXT).map((t, i) => (i === 0 ? { ...b, text: { ...b.text, text: t } } : section(t)));
    case 'context': {
      const elements = (b.elements ?? []).flatMap((e: any) => splitText(e.text || ' ', MAX_TEXT_OBJECT).map((t) => ({ ...e, text: t })));
      const out: KnownBlock[] = [];
      for (let i = 0; i < elements.length; i += MAX_CONTEXT_ELEMENTS) out.push({ type: 'context', elements: elements.slice(i, i + MAX_CONTEXT_ELEMENTS) });
      return out;
    }
    case 'actions':
      return [
        {
          ...b,
          elements: (b.elements ?? [])
            .slice(0, MAX_ACTION_ELEMENTS)
            .map((e: any) => ({ ...e, text: { ...e.text, text: truncate(e.text?.text || ' ', MAX_BUTTON_TEXT) } })),
        },
      ];
    case 'table':
      return seenTable || tableProblems(b, '').length > 0 ? tableAsText(b) : [b];
    default:
      return [b];
  }
}

/**
 * The gate for outgoing messages: returns `message` unchanged when Slack will accept it,
 * else a repaired copy with the same content. Answers are fitted before (render/fit.ts,
 * a smaller page or a file), so repairs here are a safety net, logged by the caller.
 */
export function checked(message: SlackMessage): { message: SlackMessage; problems: string[] } {
  const problems = blockKitProblems(message);
  if (problems.length === 0) return { message, problems };
  const clean = mapStrings(message, repairSurrogates);
  let tableSeen = false;
  const blocks = clean.blocks.flatMap((b: any) => {
    const out = repairBlock(b, tableSeen);
    tableSeen ||= out.some((x) => x.type === 'table');
    return out;
  });
  let repaired: SlackMessage = { ...clean, text: truncate(clean.text.trim() || ' ', MAX_FALLBACK_TEXT), blocks };
  if (blocks.length > MAX_BLOCKS) {
    // Too many blocks even after repair: keep every word as text sections in as few blocks as fit.
    const all = blocks
      .map((b: any) => b.text?.text ?? (b.elements ?? []).map((e: any) => e.text?.text ?? e.text ?? '').join('\n'))
      .filter(Boolean)
      .join('\n\n');
    const actions = blocks.filter((b) => b.type === 'actions').slice(0, 1);
    const text = splitText(all, MAX_SECTION_TEXT).map(section);
    repaired = { ...repaired, blocks: [...text.slice(0, MAX_BLOCKS - actions.length), ...actions] };
  }
  return { message: repaired, problems };
}

/**
 * The same content as mrkdwn sections only (header bold, tables monospace, no buttons),
 * for when Slack refused the formatted message for a reason the check did not foresee.
 */
export function asPlainSections(message: SlackMessage): SlackMessage {
  const parts = message.blocks.flatMap((b: any): string[] => {
    switch (b.type) {
      case 'header':
        return [`*${escapeMrkdwn(b.text?.text ?? '')}*`];
      case 'table':
        return tableAsText(b).map((s: any) => s.text.text);
      case 'context':
        return [(b.elements ?? []).map((e: any) => e.text ?? '').join('\n')];
      case 'section':
        return [b.text?.text ?? ''];
      default:
        return [];
    }
  });
  const sections = parts
    .filter((p) => p.trim() !== '')
    .flatMap((p) => splitText(p, MAX_SECTION_TEXT))
    .map(section);
  return checked({ text: message.text, blocks: sections }).message;
}
