// An independent check of Slack's Block Kit limits, used by the fake Slack on every
// payload and by tests on every rendered message. Deliberately re-states the numbers
// instead of importing the renderer's constants or its validator.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** JSON.stringify escapes exactly the lone surrogates (well-formed stringify, ES2019). */
const LONE_ESCAPED = /\\ud[89a-f][0-9a-f]{2}/i;

export function limitViolations(message: { text?: string; blocks?: any[] }): string[] {
  const v: string[] = [];
  const blocks = message.blocks ?? [];
  if (blocks.length > 50) v.push(`${blocks.length} blocks > 50`);
  if ((message.text ?? '').length > 40000) v.push('fallback text > 40000');
  if (!message.text && blocks.length === 0) v.push('no text and no blocks');
  const tables = blocks.filter((b) => b.type === 'table');
  if (tables.length > 1) v.push(`${tables.length} table blocks > 1`);
  const ids = blocks.map((b) => b.block_id).filter(Boolean);
  if (new Set(ids).size !== ids.length) v.push('duplicate block_id');
  if (LONE_ESCAPED.test(JSON.stringify(message))) v.push('lone surrogate');
  blocks.forEach((b, i) => {
    const at = `block ${i} (${b.type})`;
    switch (b.type) {
      case 'header':
        if (b.text.type !== 'plain_text' || !b.text.text || b.text.text.length > 150) v.push(`${at}: header text`);
        break;
      case 'section':
        if (!b.text?.text || b.text.text.length > 3000) v.push(`${at}: section text ${b.text?.text?.length}`);
        break;
      case 'context':
        if (b.elements.length < 1 || b.elements.length > 10) v.push(`${at}: ${b.elements.length} elements`);
        for (const e of b.elements) if (!e.text || e.text.length > 3000) v.push(`${at}: element text ${e.text?.length}`);
        break;
      case 'actions':
        if (b.elements.length > 25) v.push(`${at}: > 25 elements`);
        for (const e of b.elements) {
          if (!e.text?.text || e.text.text.length > 75) v.push(`${at}: button text`);
          if ((e.value ?? '').length > 2000) v.push(`${at}: button value ${e.value.length}`);
          if (e.action_id.length > 255) v.push(`${at}: action_id`);
        }
        break;
      case 'table': {
        if (b.rows.length > 100) v.push(`${at}: ${b.rows.length} rows > 100`);
        const width = b.rows[0]?.length ?? 0;
        if (width > 20) v.push(`${at}: ${width} columns > 20`);
        if (b.rows.some((r: any[]) => r.length !== width)) v.push(`${at}: ragged rows`);
        if ((b.column_settings ?? []).length > 20) v.push(`${at}: column_settings > 20`);
        const cells = b.rows.flat();
        if (cells.some((c: any) => !c.text || !String(c.text).trim())) v.push(`${at}: empty cell`);
        const chars = cells.reduce((n: number, c: any) => n + String(c.text ?? '').length, 0);
        if (chars > 10000) v.push(`${at}: ${chars} characters > 10000`);
        break;
      }
      default:
        v.push(`${at}: unexpected block type`);
    }
  });
  return v;
}

/** All the text a reader could see in a message, for "is this figure shown" checks. */
export function visibleText(message: { blocks?: any[]; text?: string }): string {
  return JSON.stringify(message.blocks ?? []) + (message.text ?? '');
}
