// What tells a long-lived reader that the database file was replaced by a rebuild: the
// build writes a new file and renames it over the old one, so the inode changes.
import { statSync } from 'node:fs';

/** The file's identity on disk, or null when it does not exist. */
export function fileIdentity(file: string): string | null {
  const st = statSync(file, { throwIfNoEntry: false });
  return st ? `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}` : null;
}
