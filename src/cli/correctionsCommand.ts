// `airank corrections [accept N | reject N --why "..." | notify]`: review the proposals
// made in Slack. Accepting or rejecting writes data/ files for git review and a rebuild,
// and tells the proposer in Slack (or keeps the notice pending when there is no token).
// Everything printed passes cleanForTerminal: stored text came from Slack users, and an
// escape sequence or a bidi override in it must not reach the editor's terminal.
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { DATA_DIR, databasePath } from '../config.ts';
import { FiguresLookup } from '../corrections/figuresLookup.ts';
import { clientFromEnv, deliverNotices } from '../corrections/notify.ts';
import { acceptProposal, rejectProposal, ReviewError, type ReviewDeps } from '../corrections/review.ts';
import { ProposalStore } from '../corrections/store.ts';
import { cleanForTerminal, cleanLine } from '../i18n/cleanText.ts';
import { truncate } from '../i18n/clip.ts';
import { loadCurated } from '../normalize/loadCurated.ts';
import { renderTable } from '../render/text.ts';
import type { Cell } from '../domain/table.ts';

export interface CorrectionsOptions {
  why?: string;
  as?: string;
  by?: string;
  dbPath?: string;
  dataDir?: string;
  storePath?: string;
  env?: Record<string, string | undefined>;
  out?: (line: string) => void;
}

/** A cell of stored text on one line, without controls (so the table's widths hold too). */
const cleanCell = (cell: Cell): Cell => (typeof cell === 'string' ? cleanLine(cell) : cell);

async function listPending(store: ProposalStore, out: (line: string) => void): Promise<number> {
  const pending = await store.list('pending');
  const rows = pending.map((p): Cell[] =>
    [
      p.id,
      p.proposedAt.slice(0, 16).replace('T', ' '),
      p.slackName ?? p.slackUser,
      `${p.conference} ${p.year}`,
      `${truncate(p.title, 50)} [${p.sourceId}]`,
      `${p.author} (${p.position})`,
      p.currentBasis ? `${p.currentInstitution ?? '(none)'}: ${p.currentBasis}` : (p.currentInstitution ?? '(none)'),
      p.institution ?? `other: "${p.other}"`,
      p.evidence,
    ].map(cleanCell),
  );
  const columns = ['#', 'Proposed (UTC)', 'By', 'Conference', 'Paper', 'Author (position)', 'Today', 'Proposed', 'Evidence'].map((label) => ({
    key: label,
    label,
    type: 'text' as const,
  }));
  out(`Pending correction proposals: ${pending.length}`);
  if (pending.length > 0) out(['', ...renderTable({ columns, rows })].join('\n'));
  out('\nReview: airank corrections accept N [--as <curated id>] [--by NAME] · airank corrections reject N --why "..."');
  const undelivered = (await store.pendingNotices()).length;
  if (undelivered > 0) out(`${undelivered} decision notices not yet delivered to Slack: airank corrections notify (needs SLACK_BOT_TOKEN).`);
  return 0;
}

async function notify(store: ProposalStore, env: Record<string, string | undefined>, out: (line: string) => void): Promise<number> {
  const pending = (await store.pendingNotices()).length;
  if (pending === 0) return 0;
  const client = clientFromEnv(env);
  if (!client) {
    out(
      `Slack notice pending (${pending} in all): SLACK_BOT_TOKEN is not set. \`airank corrections notify\` with the token set, or the bot when it next starts, sends it.`,
    );
    return 0;
  }
  const result = await deliverNotices(store, client);
  if (result.sent.length > 0) out(`Told the proposer in Slack (proposals ${result.sent.map((id) => `#${id}`).join(', ')}).`);
  for (const id of result.unknown) out(`Slack notice for #${id}: the connection broke after it was sent; it may have arrived, so it is not sent again.`);
  for (const f of result.failed) out(`Slack notice for #${f.id} not sent (${f.error}); it stays pending for \`airank corrections notify\`.`);
  return result.failed.length > 0 ? 1 : 0;
}

export async function correctionsCommand(args: string[], opts: CorrectionsOptions = {}): Promise<number> {
  const print = opts.out ?? ((line: string) => console.log(line));
  const out = (line: string) => print(cleanForTerminal(line));
  const env = opts.env ?? process.env;
  const [action, number] = args;
  const store = await ProposalStore.open(opts.storePath);
  try {
    if (action === undefined || action === 'list') return await listPending(store, out);
    if (action === 'notify') return await notify(store, env, out);
    if (action !== 'accept' && action !== 'reject') {
      out(`corrections: unknown action "${action}". Use: airank corrections | accept N | reject N --why "..." | notify`);
      return 2;
    }
    const id = Number(number);
    if (!/^\d+$/.test(number ?? '')) {
      out(`corrections ${action}: give the proposal number, e.g. airank corrections ${action} 3`);
      return 2;
    }
    const dataDir = opts.dataDir ?? DATA_DIR;
    const dbPath = opts.dbPath ?? databasePath();
    const figures = existsSync(dbPath) ? new FiguresLookup(dbPath) : null;
    const deps: ReviewDeps = {
      store,
      dataDir,
      curated: new Map(loadCurated(dataDir).institutions.map((i) => [i.id, i.name])),
      figures,
    };
    const by = opts.by ?? env.AIRANK_EDITOR ?? userInfo().username;
    try {
      if (action === 'accept') {
        const { correction } = await acceptProposal(deps, id, { by, as: opts.as });
        out(
          `Accepted #${id} as correction #${correction.id} in data/corrections.json (${correction.conference} ${correction.year} ${correction.paper}, author ${correction.position} → ${correction.institution}).`,
        );
        out('Next: review it with git diff, commit, and rebuild (npm run setup) for the figures to change.');
      } else {
        await rejectProposal(deps, id, { by, why: opts.why });
        out(`Rejected #${id}; recorded in data/corrections-rejected.json with the reason.`);
      }
    } catch (error) {
      if (error instanceof ReviewError) {
        out(`corrections ${action}: ${error.message}`);
        return 2;
      }
      throw error;
    } finally {
      figures?.close();
    }
    return await notify(store, env, out);
  } finally {
    await store.close();
  }
}
