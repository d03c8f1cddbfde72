// A well-formed data/corrections.json entry for tests: Kim, first author of fixture paper
// P5 (NeurIPS 2024), moved to MIT as printed on the paper; override any field.
import type { Correction } from '../../../src/corrections/entry.ts';

export function correction(over: Partial<Correction> = {}): Correction {
  return {
    id: 1,
    conference: 'neurips',
    year: 2024,
    paper: 'P5',
    position: 1,
    author: 'Kim',
    institution: 'mit',
    evidence: 'printed on the paper',
    proposedBy: 'reporter (Slack U1)',
    proposedAt: '2026-11-29T10:00:00.000Z',
    acceptedBy: 'editor',
    acceptedAt: '2026-11-29T11:00:00.000Z',
    ...over,
  };
}
