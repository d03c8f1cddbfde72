// The child process build.ts runs the first stage in (firstStage.ts): it takes the stage's input
// as its one message, sends back each progress line and step, then the result or the error's
// message, and exits.
import { firstStage, type FirstStageInput } from './firstStage.ts';

export type FirstStageMessage =
  { progress: string } | { stage: 'read' | 'link' | 'write'; label: string } | { done: { papers: number; authorships: number } } | { error: string };

const send = (message: FirstStageMessage) => process.send!(message);

process.once('message', (input: FirstStageInput) => {
  firstStage(input, { progress: (line) => send({ progress: line }), stage: (stage, label) => send({ stage, label }) })
    .then(
      (done) => send({ done }),
      (err: unknown) => {
        send({ error: err instanceof Error ? err.message : String(err) });
        process.exitCode = 1;
      },
    )
    .finally(() => process.disconnect());
});
