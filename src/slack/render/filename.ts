// The name of an exported answer file (CSV, chart, the text fallback).
/** airank-<slug of the title>.<ext>, ASCII only so every client saves it cleanly. */
export function exportFilename(title: string, ext: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `airank-${slug || 'answer'}.${ext}`;
}
