// Writes people_cells: for each packed column (db/packing.ts), the packed slots of each
// (year, venue, track, tier) cell, sorted, as one blob. `people` then reads the few cells a
// question's filters name (peopleCells.ts) instead of every slot row. Run by the build's
// derived tables step (writeDerivedTables.ts).
import type SQLite from 'better-sqlite3';
import { PACKED_COLUMNS } from '../db/packing.ts';

export function writePeopleCells(sqlite: SQLite.Database): void {
  const columns = Object.values(PACKED_COLUMNS);
  const cells = new Map<string, number[]>();
  const rows = sqlite
    .prepare(`SELECT year, conference, track, status, ${columns.join(', ')} FROM authorships`)
    .raw()
    .iterate() as Iterable<unknown[]>;
  for (const row of rows) {
    const scope = row.slice(0, 4).join('\u0000');
    columns.forEach((column, i) => {
      const value = row[4 + i] as number | null;
      if (value === null) return;
      const id = `${column}\u0000${scope}`;
      const cell = cells.get(id);
      if (cell) cell.push(value);
      else cells.set(id, [value]);
    });
  }
  const insert = sqlite.prepare('INSERT INTO people_cells (packed_column, year, conference, track, status, packed) VALUES (?, ?, ?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (const [id, values] of cells) {
      const [column, year, conference, track, status] = id.split('\u0000');
      const sorted = Float64Array.from(values).sort();
      insert.run(column, Number(year), conference, track, status, Buffer.from(sorted.buffer, sorted.byteOffset, sorted.byteLength));
    }
  })();
}
