// Cutting text for display without splitting a surrogate pair: an emoji cut in half is
// invalid UTF-16, which Slack refuses and terminals show as garbage.

/** A cut position at or before `at` that does not fall between a surrogate pair. */
export function safeCut(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff ? at - 1 : at;
}

/** Cut to `max` UTF-16 units, marking the cut so a truncated figure is never mistaken for whole. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeCut(text, Math.max(0, max - 1)))}…`;
}
