// `npm run bot`: read the environment, open the database read-only through the core's
// Asker, start the Slack app. Configuration problems stop startup with their variable named.
import { FiguresLookup } from '../corrections/figuresLookup.ts';
import { deliverNotices } from '../corrections/notify.ts';
import { correctionsDbPath, ProposalStore } from '../corrections/store.ts';
import { openAsker } from '../query/openAsker.ts';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let asker;
  try {
    asker = openAsker(config.dbPath);
  } catch (error) {
    // A missing or outdated database: say which file and how to rebuild it.
    console.error(`airank bot cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  // Issue 16: proposals go to their own writable store (AIRANK_CORRECTIONS_DB).
  let corrections;
  try {
    corrections = { store: new ProposalStore(), figures: new FiguresLookup(config.dbPath) };
  } catch (error) {
    console.error(`airank bot cannot start: the corrections store ${correctionsDbPath()} cannot be opened (${(error as Error).message}); set AIRANK_CORRECTIONS_DB to a writable file`);
    process.exit(1);
  }
  const bot = createApp({
    asker,
    corrections,
    botToken: config.botToken,
    apiUrl: config.apiUrl,
    tableStyle: config.tableStyle,
    ...(config.mode === 'socket' ? { appToken: config.appToken } : { signingSecret: config.signingSecret }),
  });
  const port = await bot.start(config.mode === 'http' ? config.port : undefined);
  console.log(config.mode === 'socket' ? 'airank bot running in Socket Mode' : `airank bot listening on :${port}/slack/events`);
  // Decisions made while no token was at hand reach their proposers now.
  void deliverNotices(corrections.store, bot.app.client).then((r) => r.sent.length + r.failed.length > 0 && console.log(`correction notices: ${r.sent.length} sent, ${r.failed.length} still pending`));

  const shutdown = async () => {
    await bot.stop().catch(() => undefined);
    asker.close();
    corrections.store.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

await main();
