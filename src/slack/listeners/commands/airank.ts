// /airank: ack at once (Slack's 3-second deadline), then answer through the command's
// response_url. Answers are ephemeral until the user presses "Post to channel".
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { errorReply, replyTo, yieldToEventLoop, type Deps } from '../../reply.ts';

export function airankCommand(deps: Deps) {
  return async ({ ack, command, respond }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    await yieldToEventLoop();
    const question = command.text.trim() || 'help';
    const reply = await replyTo(deps, question, { postButton: true });
    try {
      await respond({ response_type: 'ephemeral', ...reply.message });
    } catch (error) {
      // The response_url is gone or Slack refused the blocks: nothing reaches the user, so log loudly.
      errorReply(deps, error, `respond to /airank ${JSON.stringify(question)}`);
    }
  };
}
