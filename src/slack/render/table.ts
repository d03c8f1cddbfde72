// The table part of an answer: Slack's native `table` block when the page fits its
// limits, otherwise monospace code sections. Both show exactly the same cells.
import type { KnownBlock } from '@slack/types';
import { formatCell, isNumeric, MISSING } from './format.ts';
import { MAX_SECTION_TEXT, MAX_TABLE_CELL, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './limits.ts';
import { escapeMrkdwn, truncate } from './text.ts';
import type { Cell, Column } from '../../domain/table.ts';

export type TableStyle = 'table' | 'preformatted';

function formattedRows(columns: Column[], rows: Cell[][]): string[][] {
  return rows.map((row) => columns.map((col, i) => formatCell(row[i] ?? null, col.type)));
}

function fitsTableBlock(columns: Column[], rowCount: number): boolean {
  return columns.length > 0 && columns.length <= MAX_TABLE_COLUMNS && rowCount + 1 <= MAX_TABLE_ROWS;
}

/** Slack refuses an empty table cell; an empty text (a note left blank) shows as the missing mark. */
function cell(text: string) {
  return { type: 'raw_text' as const, text: text.trim() === '' ? MISSING : truncate(text, MAX_TABLE_CELL) };
}

function tableBlock(columns: Column[], rows: Cell[][]): KnownBlock {
  const header = columns.map((c) => cell(c.label));
  const body = formattedRows(columns, rows).map((r) => r.map(cell));
  return {
    type: 'table',
    rows: [header, ...body],
    column_settings: columns.map((c) => (isNumeric(c.type) ? { align: 'right' } : { align: 'left', is_wrapped: true })),
  };
}

/** Pad columns to a fixed width; numbers right-aligned so digits line up. */
function preformattedLines(columns: Column[], rows: Cell[][]): { header: string; lines: string[] } {
  const cells = formattedRows(columns, rows).map((r) => r.map((t) => t.replace(/`/g, "'").replace(/\s+/g, ' ')));
  const labels = columns.map((c) => c.label);
  const widths = columns.map((_, i) => Math.max(labels[i].length, ...cells.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((t, i) => (isNumeric(columns[i].type) ? t.padStart(widths[i]) : t.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return { header: line(labels), lines: cells.map(line) };
}

/** True when every monospace line fits one section, so no cell is cut. */
export function preformattedFits(columns: Column[], rows: Cell[][]): boolean {
  const { header, lines } = preformattedLines(columns, rows);
  return [header, ...lines].every((l) => escapeMrkdwn(l).length + escapeMrkdwn(header).length + 10 <= MAX_SECTION_TEXT);
}

/**
 * Monospace sections of at most MAX_SECTION_TEXT chars, each repeating the header row so
 * every chunk reads on its own.
 */
function preformattedBlocks(columns: Column[], rows: Cell[][]): KnownBlock[] {
  const { header, lines } = preformattedLines(columns, rows);
  const fence = (body: string[]) => `\`\`\`\n${[header, ...body].map(escapeMrkdwn).join('\n')}\n\`\`\``;
  const blocks: KnownBlock[] = [];
  let current: string[] = [];
  for (const l of lines) {
    const candidate = [...current, l];
    if (current.length > 0 && fence(candidate).length > MAX_SECTION_TEXT) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: fence(current) } });
      current = [l];
    } else {
      current = candidate;
    }
  }
  if (current.length > 0 || blocks.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(fence(current), MAX_SECTION_TEXT) } });
  }
  return blocks;
}

export function renderTable(columns: Column[], rows: Cell[][], style: TableStyle): KnownBlock[] {
  if (style === 'table' && fitsTableBlock(columns, rows.length)) return [tableBlock(columns, rows)];
  return preformattedBlocks(columns, rows);
}
