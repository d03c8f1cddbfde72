// A Slack message as HTML, laid out the way desktop Slack lays out Block Kit at a 700 px
// message width (section 15/22 px, context 12/18 px grey, header 18 px bold, table block
// with a border and a horizontal scrollbar when too wide, code blocks in a monospace box),
// so a real browser can measure it. mrkdwn follows Slack's rules: `*bold*` only between
// non-word boundaries (no space just inside the markers, no letter or CJK character just
// outside them); whatever does not parse stays literal, as Slack shows it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCALES } from '../../src/i18n/locales/byLang.ts';
import { fontPackageDir } from '../../src/render/chart/fontPackages.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */

export const MESSAGE_WIDTH = 700;

/** A chart font file of the language (regular 0, bold 1), fetched by the run's setup (test/setup/chartFonts.ts). */
function font(lang: 'zh' | 'ja', index: number): string {
  const pkg = LOCALES[lang].chart.fonts[0];
  return pathToFileURL(path.join(fontPackageDir(pkg), pkg.files[index])).href;
}
const FONTS = `
@font-face { font-family: 'Noto Sans SC'; font-weight: 400; src: url('${font('zh', 0)}'); }
@font-face { font-family: 'Noto Sans SC'; font-weight: 700; src: url('${font('zh', 1)}'); }
@font-face { font-family: 'Noto Sans JP'; font-weight: 400; src: url('${font('ja', 0)}'); }
@font-face { font-family: 'Noto Sans JP'; font-weight: 700; src: url('${font('ja', 1)}'); }`;

const CSS = `${FONTS}
body { margin: 0; background: #fff; font-family: 'Noto Sans SC', 'Noto Sans JP', sans-serif; color: #1d1c1d; }
#message { width: ${MESSAGE_WIDTH}px; padding: 8px 0 16px 0; }
.block { margin: 4px 0; }
.section { font-size: 15px; line-height: 22px; white-space: pre-wrap; overflow-wrap: anywhere; }
.header { font-size: 18px; line-height: 26px; font-weight: 700; }
.context { font-size: 12px; line-height: 18px; color: #616061; }
.context .el { white-space: pre-wrap; overflow-wrap: anywhere; }
.table { overflow-x: auto; border: 1px solid #ddd; border-radius: 6px; }
.table table { border-collapse: collapse; font-size: 14px; line-height: 20px; }
.table td { border: 1px solid #e8e8e8; padding: 6px 10px; vertical-align: top; white-space: nowrap; }
.table td.wrap { white-space: normal; min-width: 60px; max-width: 320px; overflow-wrap: anywhere; }
.table tr:first-child td { font-weight: 700; background: #f8f8f8; }
.table td.right { text-align: right; }
pre { margin: 4px 0; padding: 8px; background: #f8f8f8; border: 1px solid #ddd; border-radius: 4px; font: 12px/18px 'DejaVu Sans Mono', monospace; overflow-x: auto; white-space: pre; }
code { font: 12px 'DejaVu Sans Mono', monospace; background: #f3f3f3; border: 1px solid #ddd; border-radius: 3px; padding: 0 2px; color: #c01343; }
.actions button { font: 700 13px 'Noto Sans SC', 'Noto Sans JP', sans-serif; margin: 4px 8px 4px 0; padding: 6px 12px; border: 1px solid #bbb; border-radius: 4px; background: #fff; }
.actions button.primary { background: #007a5a; color: #fff; border-color: #007a5a; }
`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Slack's entity escapes back to characters (mrkdwn arrives escaped). */
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A boundary Slack accepts just outside a marker: line edge, space, zero-width space or punctuation. */
const OUTSIDE = String.raw`(?<=^|[\s\u200B\p{P}])`;
const AFTER = String.raw`(?=$|[\s\u200B\p{P}])`;
const SPAN = (m: string) => {
  const q = m === '*' ? '\\*' : m;
  return new RegExp(`${OUTSIDE}${q}([^\\s${q}](?:[^${q}\\n]*[^\\s${q}])?)${q}${AFTER}`, 'gmu');
};

/** mrkdwn to HTML. Code spans are cut out first (nothing inside them is formatted). */
export function mrkdwnToHtml(text: string): string {
  const codes: string[] = [];
  const hold = (html: string) => `\uE000${codes.push(html) - 1}\uE000`;
  let s = unescape(text)
    .replace(/```([\s\S]*?)```/g, (_m, body: string) => hold(`<pre>${esc(body.replace(/^\n/, ''))}</pre>`))
    .replace(/`([^`\n]+)`/g, (_m, body: string) => hold(`<code>${esc(body)}</code>`));
  s = esc(s).replace(SPAN('*'), '<b>$1</b>').replace(SPAN('_'), '<i>$1</i>').replace(SPAN('~'), '<s>$1</s>');
  return s.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => codes[Number(i)]);
}

function tableHtml(block: any): string {
  const settings: any[] = block.column_settings ?? [];
  const rows = (block.rows as any[][])
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td class="${settings[i]?.align === 'right' ? 'right' : ''} ${settings[i]?.is_wrapped ? 'wrap' : ''}">${esc(cell.text)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<div class="block table" data-block="table"><table>${rows}</table></div>`;
}

/** One block as HTML; `role` marks the blocks the layout tests measure. */
function blockHtml(block: any, index: number): string {
  const data = `data-index="${index}"`;
  switch (block.type) {
    case 'header':
      return `<div class="block header" ${data} data-block="header">${esc(block.text.text)}</div>`;
    case 'section':
      return `<div class="block section" ${data} data-block="section">${mrkdwnToHtml(block.text.text)}</div>`;
    case 'context':
      return `<div class="block context" ${data} data-block="context">${block.elements.map((e: any) => `<div class="el">${e.type === 'mrkdwn' ? mrkdwnToHtml(e.text) : esc(e.text)}</div>`).join('')}</div>`;
    case 'table':
      return tableHtml(block).replace('data-block="table"', `${data} data-block="table"`);
    case 'actions':
      return `<div class="block actions" ${data} data-block="actions">${block.elements.map((b: any) => `<button class="${b.style ?? ''}" data-action="${esc(b.action_id ?? '')}">${esc(b.text.text)}</button>`).join('')}</div>`;
    default:
      return `<div class="block" ${data} data-block="${esc(block.type)}"></div>`;
  }
}

/** The whole page; `tableLast` lays the table block out after the others, as some clients do. */
export function messageHtml(blocks: any[], options: { tableLast?: boolean; lang?: string } = {}): string {
  const order = blocks.map((b, i) => ({ b, i }));
  if (options.tableLast) order.sort((x, y) => Number(x.b.type === 'table') - Number(y.b.type === 'table'));
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><style>${CSS}</style></head><body><div id="message">${order.map(({ b, i }) => blockHtml(b, i)).join('\n')}</div></body></html>`;
}
