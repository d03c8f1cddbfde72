// What a process and every process it starts use together, for the build bench: the build runs
// its first stage in a child process (src/pipeline/firstStage.ts), so the process's own peak
// RSS and CPU time no longer cover it. Sampled every 50 ms from /proc by a small process of its
// own (the tree's main thread is busy), two peaks: of the summed RSS of every process alive at
// once (which counts the pages they share, the node binary's, once per process, so it errs
// high), and of their memory with shared file pages counted once (each process's anonymous
// pages, summed, plus the largest file-backed RSS: they map the same binary). Linux only.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Over `root` and its descendants (excluding itself); prints both peaks, in kB, as JSON when stdin closes.
const SAMPLER = `
const fs = require('node:fs');
const root = Number(process.argv[1]);
const status = (pid) => { try { return fs.readFileSync('/proc/' + pid + '/status', 'utf8'); } catch { return ''; } };
const kb = (text, field) => Number(new RegExp(field + ':\\\\s+(\\\\d+)').exec(text)?.[1] ?? 0);
const children = (pid) => { try { return fs.readdirSync('/proc/' + pid + '/task').flatMap((t) => fs.readFileSync('/proc/' + pid + '/task/' + t + '/children', 'utf8').split(' ').filter(Boolean).map(Number)); } catch { return []; } };
const peak = { rss: 0, memory: 0 };
const sample = () => {
  let rss = 0, anon = 0, file = 0;
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop();
    if (pid === process.pid) continue;
    const s = status(pid);
    rss += kb(s, 'VmRSS'); anon += kb(s, 'RssAnon') + kb(s, 'RssShmem'); file = Math.max(file, kb(s, 'RssFile'));
    todo.push(...children(pid));
  }
  peak.rss = Math.max(peak.rss, rss); peak.memory = Math.max(peak.memory, anon + file);
};
const timer = setInterval(sample, 50);
process.stdin.on('data', () => {});
process.stdin.on('end', () => { clearInterval(timer); sample(); process.stdout.write(JSON.stringify(peak)); });
`;

/** Starts sampling this process's tree; `stop` gives both peaks, in MB. */
export function watchTreeMemory(): { stop: () => Promise<{ rss: number; memory: number }> } {
  const sampler = spawn(process.execPath, ['-e', SAMPLER, String(process.pid)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  sampler.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => sampler.once('exit', () => resolve()));
  return {
    stop: async () => {
      sampler.stdin.end();
      await exited;
      const kb = JSON.parse(out) as { rss: number; memory: number };
      return { rss: kb.rss / 1024, memory: kb.memory / 1024 };
    },
  };
}

/** CPU seconds (user + system) of this process's children that have exited and been waited for (/proc/self/stat: cutime, cstime). */
export function exitedChildrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name (which may hold spaces), from field 3 on: cutime and cstime are fields 16 and 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ, 100 on Linux
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
}
