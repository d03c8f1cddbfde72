// `npm run bot`: read the environment, start the pool of answer workers over the database
// (each reloads it when it is rebuilt), start the Slack app. Configuration problems stop
// startup with their variable named; Slack outages do not stop it (socketSupervisor.ts).
import { createServer } from 'node:http';
import { FiguresLookup } from '../corrections/figuresLookup.ts';
import { deliverNotices } from '../corrections/notify.ts';
import { correctionsDbPath, ProposalStore } from '../corrections/store.ts';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { newHealth, noteDatabaseEvent } from './health.ts';
import { installLastResort } from './lastResort.ts';
import { consoleLogger } from './logger.ts';
import { serveHealth } from './receiver.ts';
import { workerPool } from './workerPool.ts';

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
  // Issue 16: proposals go to their own writable store (AIRANK_CORRECTIONS_DB).
  let corrections;
  try {
    corrections = { store: new ProposalStore(), figures: new FiguresLookup(config.dbPath) };
  } catch (error) {
    console.error(`airank bot cannot start: the corrections store ${correctionsDbPath()} cannot be opened (${(error as Error).message}); set AIRANK_CORRECTIONS_DB to a writable file`);
    process.exit(1);
  }
  const logger = consoleLogger();
  installLastResort(logger);
  const health = newHealth(config.mode);
  const answers = workerPool({
    dbPath: config.dbPath,
    size: config.workers,
    onEvent: (event) => {
      noteDatabaseEvent(health, event);
      if (event.kind === 'opened') logger.info(`airank: ${event.reload ? 'rebuilt database picked up' : 'database opened'}: ${event.file} (snapshot ${event.snapshot})`);
      else if (event.kind === 'missing') logger.error(`airank: DATABASE MISSING at ${event.file}; every question is answered with a notice until "npm run setup" rebuilds it`);
      else logger.error(`airank: database at ${event.file} could not be opened (${event.detail}); still answering from the previous one if any`);
    },
    onWorkerError: (error) => logger.error(`airank: answer worker failed and was replaced: ${error.stack ?? error.message}`),
  });
  logger.info(`airank: ${answers.size} answer worker thread(s) (AIRANK_SLACK_WORKERS)`);
  const bot = createApp({
    answers,
    corrections,
    botToken: config.botToken,
    apiUrl: config.apiUrl,
    tableStyle: config.tableStyle,
    logger,
    health,
    ...(config.mode === 'socket' ? { appToken: config.appToken } : { signingSecret: config.signingSecret }),
  });
  const port = await bot.start(config.mode === 'http' ? config.port : undefined);
  logger.info(config.mode === 'socket' ? 'airank bot running in Socket Mode' : `airank bot listening on :${port}/slack/events (health: /healthz)`);
  const healthServer = config.mode === 'socket' && config.healthPort ? createServer((_req, res) => serveHealth(res, health)).listen(config.healthPort) : null;
  // Decisions made while no token was at hand reach their proposers now.
  void deliverNotices(corrections.store, bot.client).then((r) => r.sent.length + r.failed.length > 0 && logger.info(`correction notices: ${r.sent.length} sent, ${r.failed.length} still pending`));

  const shutdown = async () => {
    await bot.stop().catch(() => undefined);
    healthServer?.close();
    await answers.close();
    corrections.store.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

await main();
