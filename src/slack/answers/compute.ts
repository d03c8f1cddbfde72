// What a Slack request needs from the core, computed in one call over an Asker: the
// fitted message, the CSV, the chart. The same functions run in a worker thread
// (answerWorker.ts) or in process (tests with a fake core), so both paths answer alike.
import type { Asker } from '../../query/asker.ts';
import { isParseError, type Answer } from '../../query/model/types.ts';
import { renderCsv } from '../../render/csv.ts';
import { isChartable, notChartableMessage } from '../../render/chart/chartable.ts';
import { FontsUnavailableError } from '../../render/chart/fontPackages.ts';
import { renderChartPng } from '../../render/chart/png.ts';
import { t } from '../../i18n/t.ts';
import { collectAllRows, SnapshotChangedError } from './csv.ts';
import { pageOf, type SlackMessage } from '../render/answer.ts';
import { renderFitted, type FittedMessage } from '../render/fit.ts';
import { footerLines } from '../render/footer.ts';
import { renderDetails } from '../render/details.ts';
import { renderParseError } from '../render/parseError.ts';
import type { TableStyle } from '../render/table.ts';
import type { Lang } from '../../domain/lang.ts';
import type { Cell } from '../../domain/table.ts';
import type { SlotRef } from '../../domain/slotRef.ts';

export interface ReplyRequest {
  question: string;
  offset: number;
  /** Offer "Post to channel" (ephemeral answers only). */
  postButton: boolean;
  tableStyle: TableStyle;
  /** The whole account of the answer ("Caveats & method") instead of the answer itself. */
  details?: boolean;
}

export type ReplyOutcome =
  { kind: 'answer'; message: FittedMessage; snapshot: string; lang: Lang; title: string } | { kind: 'parse_error'; message: SlackMessage };

export type CsvOutcome = { kind: 'csv'; title: string; rows: number; csv: string; comment: string; lang: Lang } | { kind: 'snapshot_changed' };

export type ChartOutcome =
  { kind: 'chart'; png: Uint8Array; title: string; command: string; snapshot: string; lang: Lang } | { kind: 'not_chartable'; text: string; lang: Lang };

/** The rows of one page and the author slots behind them ("Propose a correction"). */
export type PageOutcome =
  | { kind: 'parse_error' }
  | { kind: 'answer'; answerKind: Answer['kind']; lang: Lang; snapshot: string; command: string; rows: Cell[][]; slots: Array<SlotRef | null> };

export function computePage(asker: Asker, question: string, offset: number): PageOutcome {
  const answer = asker.ask(question, offset > 0 ? { offset } : {});
  if (isParseError(answer)) return { kind: 'parse_error' };
  const page = pageOf(answer, offset);
  const skip = page.offset - answer.offset;
  return {
    kind: 'answer',
    answerKind: answer.kind,
    lang: answer.meta.lang,
    snapshot: answer.meta.snapshot,
    command: answer.meta.command,
    rows: page.rows,
    slots: (answer.slots ?? []).slice(skip, skip + page.rows.length),
  };
}

export function computeReply(asker: Asker, req: ReplyRequest): ReplyOutcome {
  const result = asker.ask(req.question, req.offset > 0 ? { offset: req.offset } : {});
  if (isParseError(result)) return { kind: 'parse_error', message: renderParseError(result) };
  const message = req.details
    ? renderDetails(result)
    : renderFitted(result, { question: req.question, tableStyle: req.tableStyle, postButton: req.postButton }, req.offset);
  return { kind: 'answer', message, snapshot: result.meta.snapshot, lang: result.meta.lang, title: result.title };
}

export function computeCsv(asker: Asker, question: string): CsvOutcome {
  try {
    const full = collectAllRows(asker, question);
    return {
      kind: 'csv',
      title: full.title,
      rows: full.rows.length,
      csv: renderCsv(full),
      comment: [`*${full.title}* (${full.rows.length} rows)`, ...footerLines(full.meta)].join('\n'),
      lang: full.meta.lang,
    };
  } catch (error) {
    if (error instanceof SnapshotChangedError) return { kind: 'snapshot_changed' };
    throw error;
  }
}

/** Ask synchronously (the Asker is needed only for that), then draw. */
export function computeChart(asker: Asker, question: string): Promise<ChartOutcome> {
  const answer = asker.ask(question);
  if (isParseError(answer)) throw new Error(`question no longer parses: ${answer.message}`);
  const lang = answer.meta.lang;
  if (!isChartable(answer)) return Promise.resolve({ kind: 'not_chartable', text: notChartableMessage(answer), lang });
  return renderChartPng(answer, { lang }).then(
    (png) => ({
      kind: 'chart',
      png: new Uint8Array(png),
      title: answer.title,
      command: answer.meta.command,
      snapshot: answer.meta.snapshot,
      lang,
    }),
    // Fonts not fetched and the registry out of reach: say so in the asker's language
    // (the error's class does not survive the worker thread, so it is read here).
    (error: unknown) => {
      if (error instanceof FontsUnavailableError) return { kind: 'not_chartable', text: t(lang, 'chart.noFonts'), lang };
      throw error;
    },
  );
}
