// An answer's table: its columns and cells, as every renderer (text, CSV, JSON, charts,
// Slack) reads them.
export type Cell = string | number | null;

export interface Column {
  key: string;
  label: string;
  /** Numbers are right-aligned and formatted by the renderer. */
  type: 'text' | 'int' | 'float' | 'percent' | 'multiple';
  /** Charts plot this column as one line/bar series (issue 7). When no column of a
   *  year-by-entity answer sets it, charts plot every int/float column after `year`. */
  series?: boolean;
}
