// Slack's published Block Kit limits, in one place so the renderer and the validator agree.
// https://docs.slack.dev/reference/block-kit/blocks (50 blocks per message),
// section/context text 3,000 chars, header 150, context 10 elements, button text 75 /
// value 2,000, table block: one per message, 100 rows (header included) x 20 cells, no
// empty cell, 10,000 characters in all.
export const MAX_BLOCKS = 50;
export const MAX_SECTION_TEXT = 3000;
export const MAX_HEADER_TEXT = 150;
export const MAX_CONTEXT_ELEMENTS = 10;
/** Context text objects share the 3,000 limit; we stay under it with margin. */
export const MAX_CONTEXT_TEXT = 2000;
export const MAX_TEXT_OBJECT = 3000;
export const MAX_BUTTON_TEXT = 75;
export const MAX_BUTTON_VALUE = 2000;
export const MAX_ACTION_ELEMENTS = 25;
/** Select menus: 100 options, option text 75, option value 150. */
export const MAX_OPTIONS = 100;
export const MAX_OPTION_TEXT = 75;
export const MAX_OPTION_VALUE = 150;
export const MAX_TABLE_ROWS = 100;
export const MAX_TABLE_COLUMNS = 20;
export const MAX_TABLE_CHARS = 10_000;
/** Slack publishes no per-cell limit; keep cells short enough to stay readable. */
export const MAX_TABLE_CELL = 500;
/** Fallback notification text; Slack truncates at 40,000 but short is kinder. */
export const MAX_FALLBACK_TEXT = 3000;

/**
 * Rows shown per Slack message. A top-100 ranking would need 101 table rows with its
 * header (over the 100 limit) and is unreadable on a phone, so long rankings page.
 */
export const PAGE_ROWS = 50;
/** A `papers` page: ten slots, each row a paper title, fit a screen or two. */
export const PAPERS_PAGE_ROWS = 10;
