// Run as a separate process by races.test.ts: `airank corrections <action>` for each
// proposal number given, as a second editor at another terminal would, starting at the
// same instant as the other process (startAt, ms since the epoch).
import { correctionsCommand } from '../../../src/cli/correctionsCommand.ts';

const [storePath, dataDir, dbPath, action, startAt, apiUrl, ...ids] = process.argv.slice(2);
const env = apiUrl === '-' ? {} : { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: apiUrl };
await new Promise((r) => setTimeout(r, Math.max(0, Number(startAt) - Date.now())));
const out = (line: string) => console.log(line);
if (action === 'notify') await correctionsCommand(['notify'], { storePath, dataDir, dbPath, env, out });
for (const id of ids) await correctionsCommand([action, id], { why: `race ${action}`, by: `editor-${action}`, storePath, dataDir, dbPath, env, out });
