// A console logger with Bolt's Logger interface, written here so the bot does not import
// @slack/logger (a transitive dependency not listed in package.json).
import { LogLevel, type Logger } from '@slack/bolt';

const ORDER: LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

export function consoleLogger(level: LogLevel = LogLevel.INFO, name = 'airank'): Logger {
  let current = level;
  let prefix = name;
  const on = (l: LogLevel) => ORDER.indexOf(l) >= ORDER.indexOf(current);
  const line = (l: LogLevel, msg: unknown[]) => `${new Date().toISOString()} ${l.toUpperCase()} [${prefix}] ${msg.map(String).join(' ')}`;
  return {
    debug: (...msg) => void (on(LogLevel.DEBUG) && console.debug(line(LogLevel.DEBUG, msg))),
    info: (...msg) => void (on(LogLevel.INFO) && console.info(line(LogLevel.INFO, msg))),
    warn: (...msg) => void (on(LogLevel.WARN) && console.warn(line(LogLevel.WARN, msg))),
    error: (...msg) => void (on(LogLevel.ERROR) && console.error(line(LogLevel.ERROR, msg))),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n) => {
      prefix = n;
    },
  };
}
