// One author slot, as a correction names it and a `papers` answer lists it.
import type { Conference } from './ids.ts';

/** One author slot (position 1-based). */
export interface SlotRef {
  conference: Conference;
  year: number;
  sourceId: string;
  position: number;
}
