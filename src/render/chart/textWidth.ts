// Text width estimates for the chart fonts (Noto Sans SC/JP), in pixels.
// Vega in Node has no canvas to measure text, and its fallback (0.8 em for every
// character) makes Latin labels far too wide and CJK ones too narrow, which wastes
// axis space or lets labels overlap. These per-character-class advances are close to
// Noto Sans's real ones; they also drive the footnote's line wrapping.
import * as vega from 'vega';

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function advance(ch: string): number {
  if (WIDE.test(ch)) return 1.0;
  if (ch === ' ') return 0.26;
  if (/[0-9]/.test(ch)) return 0.57;
  if (/[ilj.,:;'!|()[\]]/.test(ch)) return 0.28;
  if (/[mwMW@%]/.test(ch)) return 0.85;
  if (/[A-Z]/.test(ch)) return 0.66;
  if (/[a-z]/.test(ch)) return 0.55;
  if (/[–—]/.test(ch)) return ch === '—' ? 1.0 : 0.5;
  return 0.6;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}

let installed = false;

/** Make Vega use these estimates. Global to the vega module, so done once. */
export function installTextMetrics(): void {
  if (installed) return;
  installed = true;
  // textMetrics is exported by vega at run time but missing from its type declarations.
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const s = text == null ? '' : String(text).trim();
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
    return estimateTextWidth(s, size, bold);
  };
}

/** Greedy word wrap to a pixel width; CJK text may break between any two characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/gu) ?? [];
  // A token wider than the line on its own (a long path or URL) is cut into pieces.
  const pieces = tokens.flatMap((tok) => {
    if (estimateTextWidth(tok, fontSize) <= maxWidth) return [tok];
    const out: string[] = [];
    let cur = '';
    for (const ch of tok) {
      if (cur !== '' && estimateTextWidth(cur + ch, fontSize) > maxWidth) {
        out.push(cur);
        cur = '';
      }
      cur += ch;
    }
    if (cur !== '') out.push(cur);
    return out;
  });
  const lines: string[] = [];
  let line = '';
  for (const tok of pieces) {
    const candidate = line + tok;
    if (line.trim() !== '' && estimateTextWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(tok) ? '' : tok;
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
