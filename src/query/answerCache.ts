// Answers to repeated questions, least recently asked dropped first. Cached answers are
// frozen: one object is handed to every asker of the question, so none may change it.
import type { Answer } from './model/types.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class AnswerCache {
  private readonly entries = new Map<string, Answer>();

  constructor(private readonly size: number) {}

  get(key: string): Answer | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, answer: Answer): Answer {
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, deepFreeze(answer));
    return answer;
  }
}
