// Terminal front end: `airank <question> [--csv|--json]`, plus `build`, `resolve` and
// `unresolved`. Builds the database on first use. Errors print a message, not a stack.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { databasePath, mirrorDir, sourcesDir } from '../config.ts';
import { SCHEMA_VERSION } from '../db/createSchema.ts';
import type { Asker } from '../query/asker.ts';
import { databaseSchemaVersion, MissingDatabaseError, openAsker, OutdatedDatabaseError } from '../query/openAsker.ts';
import { isParseError, type Answer } from '../query/model/types.ts';
import { isChartable, notChartableMessage } from '../render/chart/chartable.ts';
import { renderCsv } from '../render/csv.ts';
import { renderJson } from '../render/json.ts';
import { renderParseErrorText, renderText } from '../render/text.ts';
import { stdoutDrained, stdoutFailure, watchStdout } from './stdout.ts';

const USAGE = `usage: airank <question> [--details | --csv | --json] [--png FILE [--print]] [--db FILE]
       --png: 1200×675 for the web; with --print, twice that (2400×1350) for print
       airank build                      (re)build the database from the sources
       airank resolve "<affiliation or domain>" | --file F | -   [--json]
       airank unresolved [--top 50] [--json]
       airank corrections [accept N [--as ID] | reject N --why "..." | notify] [--by NAME]
examples: airank 2024 top10 · airank compare US CN 2020-2024 · airank coverage · airank help`;

async function ensureDatabase(dbPath: string, force = false): Promise<void> {
  if (!force) {
    if (!existsSync(dbPath)) console.error(`No database yet at ${dbPath}: building it from the sources (about 20 seconds).`);
    else if (databaseSchemaVersion(dbPath) !== SCHEMA_VERSION) console.error(`The database at ${dbPath} was built by an older airank: rebuilding it.`);
    else return;
  }
  const { build } = await import('../pipeline/build.ts'); // the build pipeline only when building
  const { buildReporter } = await import('./buildProgress.ts');
  const reporter = buildReporter(path.join(path.dirname(dbPath), 'build.log'));
  let summary: Awaited<ReturnType<typeof build>> | null = null;
  try {
    summary = await build({ dbPath, sourcesDir: sourcesDir(), mirror: mirrorDir(), progress: reporter.progress, stage: reporter.stage });
  } finally {
    reporter.done(summary);
  }
}

/** The question path opens the file once; only a missing or outdated one goes through ensureDatabase. */
async function openOrBuild(dbPath: string): Promise<Asker> {
  try {
    return openAsker(dbPath);
  } catch (error) {
    if (!(error instanceof MissingDatabaseError || error instanceof OutdatedDatabaseError)) throw error;
  }
  await ensureDatabase(dbPath);
  return openAsker(dbPath);
}

/** `--png FILE`: the answer's chart, after the table has been printed. */
async function writePng(answer: Answer, file: string, print = false): Promise<number> {
  if (!isChartable(answer)) {
    console.error(`airank: no PNG written. ${notChartableMessage(answer)}`);
    return 3;
  }
  // Loaded only for --png: the chart libraries take most of a second to load.
  const { renderChartPng } = await import('../render/chart/png.ts');
  const png = await renderChartPng(answer, { lang: answer.meta.lang, size: print ? 'print' : 'web' });
  try {
    await writeFile(file, png);
  } catch (e) {
    // One clear line: a wrong folder or a read-only place is the user's to fix, not a crash.
    const code = (e as NodeJS.ErrnoException).code;
    console.error(
      `airank: could not write the chart to ${file}${code === 'ENOENT' ? ': no such folder' : code === 'EACCES' || code === 'EROFS' ? ': not allowed to write there' : code === 'EISDIR' ? ': that is a folder' : ''}.`,
    );
    return 1;
  }
  console.error(`Chart written to ${file}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      csv: { type: 'boolean' },
      json: { type: 'boolean' },
      details: { type: 'boolean' },
      db: { type: 'string' },
      png: { type: 'string' },
      print: { type: 'boolean' },
      file: { type: 'string' },
      top: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      why: { type: 'string' },
      as: { type: 'string' },
      by: { type: 'string' },
    },
  });
  const dbPath = values.db ?? databasePath();
  const [command, ...rest] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (command === 'build') {
    await ensureDatabase(dbPath, true);
    return 0;
  }
  // The resolver and its reference tables load only for these commands, the corrections store only for its own (start-up of a question stays small).
  if (command === 'resolve') return (await import('./resolveCommands.ts')).resolveCommand(rest, { file: values.file, json: values.json });
  if (command === 'corrections')
    return (await import('./correctionsCommand.ts')).correctionsCommand(rest, { why: values.why, as: values.as, by: values.by, dbPath });
  if (command === 'unresolved') {
    await ensureDatabase(dbPath);
    return (await import('./resolveCommands.ts')).unresolvedCommand(dbPath, { top: values.top, json: values.json });
  }

  const asker = await openOrBuild(dbPath);
  try {
    // `details` before the question, like `--details`: every caveat and note instead of the two-line footer.
    const details = values.details === true || positionals[0] === 'details';
    const result = asker.ask((positionals[0] === 'details' ? positionals.slice(1) : positionals).join(' '));
    if (values.json) console.log(renderJson(result));
    else if (isParseError(result)) console.error(renderParseErrorText(result));
    else console.log(values.csv ? renderCsv(result) : renderText(result, { details }));
    if (isParseError(result) || result.unread) return 2;
    return values.png ? writePng(result, values.png, values.print) : 0;
  } finally {
    asker.close();
  }
}

watchStdout();
main(process.argv.slice(2)).then(
  (code) =>
    stdoutDrained().then(
      () => process.exit(code),
      (err: NodeJS.ErrnoException) => process.exit(stdoutFailure(err)),
    ),
  (err: Error) => {
    const known =
      [
        'SourceError',
        'ObtainError',
        'MissingDatabaseError',
        'OutdatedDatabaseError',
        'CorrectionsFileError',
        'StaleCorrectionError',
        'FontsUnavailableError',
      ].includes(err.name) || (err as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    console.error(`airank: ${err.message}`);
    if (!known && process.env.AIRANK_DEBUG) console.error(err.stack);
    if (!known) console.error(USAGE);
    process.exit(1);
  },
);
