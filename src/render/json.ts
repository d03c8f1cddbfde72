// JSON rendering: the answer object itself, so scripts see exactly what people see.
import type { Answer, ParseError } from '../query/model/types.ts';

export function renderJson(result: Answer | ParseError): string {
  return JSON.stringify(result, null, 2);
}
