// Standard output through a pipe: a process that exits right after writing loses what
// the reader has not taken yet (a pipe holds 64 KiB), so the terminal front end waits
// for stdout to drain before exiting, and a write error ends it with a non-zero status.
// The reader going away (`airank ... | head`) is the ordinary end of a pipe: status 0.

/** The status for a failed write to stdout, after saying why on stderr (EPIPE: the reader left). */
export function stdoutFailure(err: NodeJS.ErrnoException): number {
  if (err.code === 'EPIPE') return 0;
  process.stderr.write(`airank: could not write the answer to standard output: ${err.message}\n`);
  return 1;
}

/** Exits on a write error instead of crashing with a stack trace (or losing it). */
export function watchStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(stdoutFailure(err)));
}

/** Resolves once everything written to stdout so far has been handed to the reader. */
export function stdoutDrained(): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write('', (err) => (err ? reject(err) : resolve()));
  });
}
