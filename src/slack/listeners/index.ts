// Registers every listener, grouped by Slack feature as in bolt-ts-starter-template.
import type { App } from '@slack/bolt';
import type { Deps } from '../delivery/reply.ts';
import * as actions from './actions/index.ts';
import * as commands from './commands/index.ts';
import * as corrections from './corrections/index.ts';
import * as events from './events/index.ts';

export function registerListeners(app: App, deps: Deps): void {
  commands.register(app, deps);
  events.register(app, deps);
  actions.register(app, deps);
  corrections.register(app, deps);
}
