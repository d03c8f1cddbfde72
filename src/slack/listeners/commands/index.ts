import type { App } from '@slack/bolt';
import type { Deps } from '../../delivery/reply.ts';
import { airankCommand } from './airank.ts';

const COMMAND = '/airank';

export function register(app: App, deps: Deps): void {
  app.command(COMMAND, airankCommand(deps));
}
