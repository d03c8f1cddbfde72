// `npm run bot`: read the environment, open the database read-only through the core's
// Asker, start the Slack app. Configuration problems stop startup with their variable named.
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
  const bot = createApp({
    asker,
    botToken: config.botToken,
    apiUrl: config.apiUrl,
    tableStyle: config.tableStyle,
    ...(config.mode === 'socket' ? { appToken: config.appToken } : { signingSecret: config.signingSecret }),
  });
  const port = await bot.start(config.mode === 'http' ? config.port : undefined);
  console.log(config.mode === 'socket' ? 'airank bot running in Socket Mode' : `airank bot listening on :${port}/slack/events`);

  const shutdown = async () => {
    await bot.stop().catch(() => undefined);
    asker.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

await main();
