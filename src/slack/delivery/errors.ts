// Internal errors get a short random id: the user sees only the id, the log gets the
// id with the details, so a report can be matched without leaking a stack trace.
import { randomBytes } from 'node:crypto';
import type { Logger } from '@slack/bolt';

export function newErrorId(): string {
  return randomBytes(4).toString('hex');
}

export function logInternalError(logger: Logger, errorId: string, error: unknown, context: string): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  logger.error(`airank error id=${errorId} during ${context}: ${detail}`);
}
