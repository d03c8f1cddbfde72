// The database as it is now, for a long-running bot. Between requests it notices a
// rebuilt file (replaced on disk, or a new snapshot id) and opens the new one; the old
// Asker is closed once the requests using it have finished. A missing file is reported
// (throws MissingDatabaseError) instead of answering from a deleted inode.
import { fileIdentity } from '../../db/fileIdentity.ts';
import type { Asker } from '../../query/asker.ts';
import { databaseSnapshot, MissingDatabaseError, openAsker } from '../../query/openAsker.ts';

export type DatabaseEvent =
  | { kind: 'opened'; file: string; snapshot: string | null; reload: boolean }
  | { kind: 'missing'; file: string }
  | { kind: 'failed'; file: string; detail: string };

interface Generation {
  asker: Asker;
  identity: string;
  snapshot: string | null;
  inFlight: number;
  retired: boolean;
}

export interface LiveDatabaseOptions {
  /** How often the snapshot id is read when the file itself looks unchanged (ms). */
  snapshotCheckMs?: number;
  open?: (file: string) => Asker;
  onEvent?: (event: DatabaseEvent) => void;
}

export class LiveDatabase {
  private current: Generation | null = null;
  private lastSnapshotCheck = 0;
  private missingReported = false;

  constructor(
    readonly file: string,
    private readonly options: LiveDatabaseOptions = {},
  ) {}

  /** Run `fn` on the current Asker, reloading first if the file changed. */
  async use<T>(fn: (asker: Asker) => T | Promise<T>): Promise<T> {
    const gen = this.refresh();
    gen.inFlight += 1;
    try {
      return await fn(gen.asker);
    } finally {
      gen.inFlight -= 1;
      if (gen.retired && gen.inFlight === 0) gen.asker.close();
    }
  }

  close(): void {
    if (this.current) this.retire(this.current);
    this.current = null;
  }

  private retire(gen: Generation): void {
    gen.retired = true;
    if (gen.inFlight === 0) gen.asker.close();
  }

  private refresh(): Generation {
    const identity = fileIdentity(this.file);
    if (identity === null) {
      if (this.current) this.retire(this.current);
      this.current = null;
      if (!this.missingReported) this.options.onEvent?.({ kind: 'missing', file: this.file });
      this.missingReported = true;
      throw new MissingDatabaseError(this.file);
    }
    const now = Date.now();
    let changed = this.current === null || this.current.identity !== identity;
    if (!changed && now - this.lastSnapshotCheck >= (this.options.snapshotCheckMs ?? 1000)) {
      this.lastSnapshotCheck = now;
      try {
        changed = databaseSnapshot(this.file) !== this.current!.snapshot;
      } catch {
        changed = false; // replaced or removed while we looked: the next request sees it
      }
    }
    if (!changed) return this.current!;
    return this.reopen(identity);
  }

  private reopen(identity: string): Generation {
    const reload = this.current !== null;
    let asker: Asker;
    try {
      asker = (this.options.open ?? openAsker)(this.file);
    } catch (error) {
      // A half-written or outdated file: keep answering from the open one, if any.
      this.options.onEvent?.({ kind: 'failed', file: this.file, detail: (error as Error).message });
      if (this.current) return this.current;
      throw error;
    }
    const gen: Generation = { asker, identity, snapshot: databaseSnapshot(this.file), inFlight: 0, retired: false };
    if (this.current) this.retire(this.current);
    this.current = gen;
    this.lastSnapshotCheck = Date.now();
    this.missingReported = false;
    this.options.onEvent?.({ kind: 'opened', file: this.file, snapshot: gen.snapshot, reload });
    return gen;
  }
}
