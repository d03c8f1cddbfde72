// Slack formats cells with the shared formatter, so a figure reads the same in Slack,
// the terminal and charts.
export { formatCell, isNumeric, MISSING } from '../../render/format.ts';
