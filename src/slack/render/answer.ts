// Renders an Answer as a Slack message. This is a renderer only: every figure comes from
// the Answer object built by the shared core; nothing here computes or re-sorts numbers.
import type { KnownBlock } from '@slack/types';
import { t } from '../../i18n/t.ts';
import { commandOf } from '../../query/commands/registry.ts';
import type { Answer } from '../../query/model/types.ts';
import { isChartable } from '../../render/chart/chartable.ts';
import { actionsBlock } from './buttons.ts';
import { glanceBlock } from './footer.ts';
import { MAX_BLOCKS, MAX_FALLBACK_TEXT, MAX_HEADER_TEXT, MAX_SECTION_TEXT, PAGE_ROWS, PAPERS_PAGE_ROWS } from './limits.ts';
import { renderTable, type TableStyle } from './table.ts';
import { escapeMrkdwn, splitText } from './text.ts';
import type { Cell, Column } from '../../domain/table.ts';
import { truncate } from '../../i18n/clip.ts';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  /** The question text, carried by the buttons so a click can ask again. */
  question: string;
  tableStyle: TableStyle;
  /** Offer "Post to channel" (only on ephemeral answers). */
  postButton: boolean;
  /** Rows per message; defaults to PAGE_ROWS. */
  pageRows?: number;
  /** Called when free text had to be cut to fit 50 blocks (render/fit.ts then sends a file). */
  onCut?: () => void;
}

export interface Page {
  rows: Cell[][];
  /** Absolute offset of the first row shown. */
  offset: number;
  /** Offset of the following page, or null on the last page. */
  nextOffset: number | null;
}

/**
 * The rows to show for a requested offset. If the core returned more rows than asked
 * (or from an earlier offset), slice locally so paging stays right either way.
 */
export function pageOf(answer: Answer, requestedOffset: number, pageRows = defaultPageRows(answer)): Page {
  const skip = Math.max(0, requestedOffset - answer.offset);
  const offset = answer.offset + skip;
  const rows = answer.rows.slice(skip, skip + pageRows);
  const end = offset + rows.length;
  const nextOffset = rows.length > 0 && end < answer.totalRows ? end : null;
  return { rows, offset, nextOffset };
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** The columns a 700 px message shows (`detail` columns are behind CSV), cells cut where a column says so. */
export function narrowTable(columns: Column[], rows: Cell[][]): { columns: Column[]; rows: Cell[][] } {
  const keep = columns.map((c, i) => (c.detail ? -1 : i)).filter((i) => i >= 0);
  const cut = (c: Column, cell: Cell) => (c.narrowChars && typeof cell === 'string' ? truncate(cell, c.narrowChars) : cell);
  return { columns: keep.map((i) => columns[i]), rows: rows.map((r) => keep.map((i) => cut(columns[i], r[i] ?? null))) };
}

/** Rows per page: a drill-down's rows are tall, so fewer of them. */
export function defaultPageRows(answer: Answer): number {
  return commandOf(answer.kind).listsSlots === true ? PAPERS_PAGE_ROWS : PAGE_ROWS;
}

export function renderAnswer(answer: Answer, options: RenderOptions, requestedOffset = answer.offset): SlackMessage {
  const page = pageOf(answer, requestedOffset, Math.min(options.pageRows ?? PAGE_ROWS, defaultPageRows(answer)));
  const hasTable = answer.columns.length > 0;

  // The answer sentence first (the notification text too), then the table's heading.
  const head: KnownBlock[] = [section(`*${escapeMrkdwn(truncate(answer.headline, MAX_SECTION_TEXT - 2))}*`)];
  if (answer.title !== answer.headline) head.push(section(escapeMrkdwn(truncate(answer.title, MAX_HEADER_TEXT))));

  const table: KnownBlock[] = [];
  if (hasTable) {
    if (page.rows.length === 0) {
      table.push(section(`_${t(answer.meta.lang, 'slack.noRows')}_`));
    } else {
      const partial = page.offset > 0 || page.nextOffset !== null || answer.totalRows > page.rows.length;
      if (partial) {
        table.push({
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: t(answer.meta.lang, 'slack.rowsOf', { from: page.offset + 1, to: page.offset + page.rows.length, total: answer.totalRows }),
            },
          ],
        });
      }
      const narrow = narrowTable(answer.columns, page.rows);
      table.push(...renderTable(narrow.columns, narrow.rows, options.tableStyle));
    }
  }

  const footer = [glanceBlock(answer.meta)];
  const actions = actionsBlock(options.question, page.offset, answer.meta.snapshot, {
    lang: answer.meta.lang,
    post: options.postButton,
    nextOffset: page.nextOffset,
    csv: hasTable && answer.rows.length > 0,
    chart: isChartable(answer),
    propose: commandOf(answer.kind).listsSlots === true && (answer.slots ?? []).some((s) => s !== null),
    details: true,
  });

  // Free text (help, method) takes what is left of the 50-block budget.
  const budget = MAX_BLOCKS - head.length - table.length - footer.length - (actions ? 1 : 0);
  // `method`'s whole text is behind the details button; its sentence is the summary.
  let textBlocks = answer.text && !answer.textInDetails ? splitText(escapeMrkdwn(answer.text), MAX_SECTION_TEXT).map(section) : [];
  if (textBlocks.length > budget) {
    options.onCut?.();
    textBlocks = textBlocks.slice(0, Math.max(0, budget - 1));
    textBlocks.push(section(`_${t(answer.meta.lang, 'slack.cutToFit', { command: escapeMrkdwn(answer.meta.command) })}_`));
  }

  const blocks = [...head, ...textBlocks, ...table, ...footer, ...(actions ? [actions] : [])];
  return { text: truncate(escapeMrkdwn(answer.headline), MAX_FALLBACK_TEXT), blocks };
}
