// An answer as a message Slack accepts, never dropped: the configured table style at the
// normal page size, then smaller pages, then the monospace rendering, and as the last
// resort a short message plus the whole answer as a file (sent to the user's DM).
import type { Answer } from '../../query/model/types.ts';
import { renderCsv } from '../../render/csv.ts';
import { renderText } from '../../render/text.ts';
import { t } from '../../i18n/t.ts';
import { exportFilename } from './filename.ts';
import { pageOf, renderAnswer, type RenderOptions, type SlackMessage } from './answer.ts';
import { PAGE_ROWS } from './limits.ts';
import { preformattedFits, type TableStyle } from './table.ts';
import { repairSurrogates } from './text.ts';
import { blockKitProblems, mapStrings } from './validate.ts';

export interface AttachedFile {
  filename: string;
  title: string;
  content: string;
}

/** A message ready for Slack; `file`, when present, goes to the user's DM (deliver.ts). */
export interface FittedMessage extends SlackMessage {
  file?: AttachedFile;
}

const PAGE_SIZES = [PAGE_ROWS, 25, 10, 5, 1];

function attempt(answer: Answer, options: RenderOptions, offset: number, style: TableStyle, pageRows: number): SlackMessage | null {
  let cut = false;
  const message = renderAnswer(answer, { ...options, tableStyle: style, pageRows, onCut: () => (cut = true) }, offset);
  if (cut) return null;
  const shownAsText = answer.columns.length > 0 && !message.blocks.some((b) => b.type === 'table');
  if (shownAsText && !preformattedFits(answer.columns, pageOf(answer, offset, pageRows).rows)) return null;
  return blockKitProblems(message).length === 0 ? message : null;
}

export function renderFitted(raw: Answer, options: RenderOptions, offset = raw.offset): FittedMessage {
  // Half an emoji left by a clipped echo upstream would make every rendering invalid.
  const answer = mapStrings(raw, repairSurrogates);
  const styles: TableStyle[] = options.tableStyle === 'table' ? ['table', 'preformatted'] : ['preformatted'];
  const largest = options.pageRows ?? PAGE_ROWS;
  for (const style of styles) {
    for (const pageRows of PAGE_SIZES.filter((n) => n <= largest)) {
      const message = attempt(answer, options, offset, style, pageRows);
      if (message) return message;
    }
  }
  return asFile(answer, options, offset);
}

/** The last resort: title, notice, footer and buttons in the message; every row or word in the file. */
function asFile(answer: Answer, options: RenderOptions, offset: number): FittedMessage {
  const notice = t(answer.meta.lang, 'slack.sentAsFile');
  const shell = renderAnswer({ ...answer, text: notice, rows: [], columns: [], totalRows: 0, offset: 0 }, { ...options, tableStyle: 'preformatted' }, 0);
  const table = answer.columns.length > 0;
  return {
    ...shell,
    file: {
      filename: exportFilename(answer.title, table ? 'csv' : 'txt'),
      title: answer.title,
      content: table ? renderCsv({ ...answer, rows: answer.rows.slice(Math.max(0, offset - answer.offset)), offset }) : renderText(answer),
    },
  };
}
