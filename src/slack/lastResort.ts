// The bot's last line of defence: a promise rejection nobody handled (a library bug, an
// input no check foresaw) is logged with an error id and the bot keeps serving, instead of
// Node's default of exiting with every answer in flight. An uncaught exception leaves the
// process in an unknown state, so it is logged with an id and the bot shuts down the normal
// way (SIGTERM: stop accepting, finish what it can) for its supervisor to restart it.
import type { Logger } from '@slack/bolt';
import { logInternalError, newErrorId } from './delivery/errors.ts';

export function installLastResort(logger: Logger, proc: NodeJS.Process = process): () => void {
  const onRejection = (reason: unknown) => logInternalError(logger, newErrorId(), reason, 'a promise nobody awaited (the bot keeps serving)');
  const onException = (error: unknown) => {
    logInternalError(logger, newErrorId(), error, 'an uncaught exception (the bot shuts down cleanly and should be restarted)');
    proc.kill(proc.pid, 'SIGTERM');
  };
  proc.on('unhandledRejection', onRejection);
  proc.on('uncaughtException', onException);
  return () => {
    proc.off('unhandledRejection', onRejection);
    proc.off('uncaughtException', onException);
  };
}
