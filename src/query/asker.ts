// The one entry point front ends use: text in, Answer or ParseError out.
import type { Result } from './model/types.ts';

export interface AskOptions {
  /** Row offset for paging ("Next" in Slack). */
  offset?: number;
}

export interface Asker {
  ask(text: string, options?: AskOptions): Result;
  close(): void;
}
