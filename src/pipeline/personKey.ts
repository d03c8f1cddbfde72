// Who is the same person: an OpenReview id where there is one, otherwise the e-mail,
// otherwise the normalised name (so distinct people can be counted).
import { normalizeName } from '../ingest/records/normalizeText.ts';
import type { SourceAuthor } from '../ingest/records/types.ts';

export function personKey(a: SourceAuthor): string {
  if (a.openreviewId) return `or:${a.openreviewId}`;
  if (a.email) return `email:${a.email.toLowerCase()}`;
  return `name:${normalizeName(a.name)}`;
}
