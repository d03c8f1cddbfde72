import type { App } from '@slack/bolt';
import type { Deps } from '../../delivery/reply.ts';
import { appMention } from './appMention.ts';

export function register(app: App, deps: Deps): void {
  app.event('app_mention', appMention(deps));
}
