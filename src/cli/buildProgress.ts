// What `airank build` (and a first question that builds) shows: on a terminal one progress bar
// by stage and conference-year (cli-progress), otherwise (piped, CI) one plain line per step;
// then one summary line. The diagnostics (join counts, linking statistics) go to a build log
// whose path the summary names, not to the screen.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { BuildStep, BuildSummary } from '../pipeline/build.ts';

export interface BuildReporter {
  /** Diagnostics: appended to the log. */
  progress: (line: string) => void;
  stage: (step: BuildStep) => void;
  /** Stops the bar; prints the summary line, or after a failure where the log is. */
  done: (summary: BuildSummary | null) => void;
}

const STAGE: Record<BuildStep['stage'], string> = { obtain: 'Obtaining', read: 'Reading', link: 'Linking', write: 'Writing' };

export function buildReporter(logFile: string, out: NodeJS.WriteStream = process.stderr): BuildReporter {
  mkdirSync(path.dirname(logFile), { recursive: true });
  writeFileSync(logFile, `airank build, ${new Date().toISOString()}\n`);
  const interactive = Boolean(out.isTTY) && !process.env.CI;
  const bar = interactive
    ? new cliProgress.SingleBar(
        { format: 'Building {bar} {value}/{total}  {stage} {label}', stream: out, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  return {
    progress: (line) => appendFileSync(logFile, `${line}\n`),
    stage: ({ stage, label, step, total }) => {
      appendFileSync(logFile, `== ${STAGE[stage]} ${label}\n`);
      if (!bar) out.write(`[${step + 1}/${total}] ${STAGE[stage]} ${label}\n`);
      else if (step === 0) bar.start(total, step, { stage: STAGE[stage], label });
      else bar.update(step, { stage: STAGE[stage], label });
    },
    done: (summary) => {
      bar?.stop();
      if (!summary) {
        out.write(`Build failed; details in ${logFile}\n`);
        return;
      }
      const n = (x: number) => x.toLocaleString('en-US');
      const share = summary.authorships > 0 ? ((100 * summary.resolved) / summary.authorships).toFixed(1) : '0.0';
      out.write(
        `Built: ${n(summary.papers)} papers, ${n(summary.authorships)} author slots, ${share}% resolved, ${summary.seconds.toFixed(0)} s (log: ${logFile})\n`,
      );
    },
  };
}
