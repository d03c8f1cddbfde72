// Words for the check answer: how the claim was read, and what forms can be read.
import { yearsLabel } from '../../i18n/years.ts';
import { CONFERENCE_LABEL } from '../meta.ts';
import type { Claim, ClaimReading } from './claim.ts';
import type { ClaimFigure } from './figure.ts';

export function describeFigure(f: ClaimFigure): string {
  switch (f.kind) {
    case 'count':
      return `a count of ${f.value.toLocaleString('en-US', { maximumFractionDigits: f.decimals })}`;
    case 'rank':
      return `rank ${f.value}`;
    case 'growth':
      return `growth of x${f.value}`;
    case 'share':
      return `a share of ${(f.value * 100).toFixed(f.decimals)}%`;
  }
}

export function describeClaim(claim: Claim, entityLabel: string): string {
  const years =
    claim.figure.kind === 'growth' ? `from ${claim.years[0]} to ${claim.years[claim.years.length - 1]}` : claim.years.length > 1 ? `over ${yearsLabel(claim.years)}` : `in ${claim.years[0]}`;
  const parts = [entityLabel, describeFigure(claim.figure), years];
  if (claim.top !== undefined) parts.push(`counting only institutions in each year's top ${claim.top}`);
  if (claim.conferences.length > 0) parts.push(claim.conferences.map((c) => CONFERENCE_LABEL[c]).join(' + '));
  if (claim.track === 'main') parts.push('main track');
  if (claim.status) parts.push(`${claim.status} papers`);
  return parts.join(' · ');
}

export const CLAIM_FORMS = `A claim needs three things: *who* (a country or institution: China, CN, 中国, Google, "University of Tokyo"), *the figure* and *the year or years*.
Figures: a count (\`8,491\` or \`8491\`), a rank (\`rank 1\`, \`ranked first\`, \`#1\`), a growth multiple (\`8x\`, \`x8\`, \`eightfold\`, needs two years), a share (\`12%\`, \`a share of 12%\`).
Years: \`2024\`, \`2020-2024\`, \`from 2020 to 2024\` ("in four years" is not enough: give the years).
Optional: \`top50\` (count only institutions in each year's top 50), \`neurips\` \`icml\` \`iclr\`, \`main\`, \`oral\` \`spotlight\` \`poster\`.
Examples:
  \`check China had 8,491 authors in 2024\`
  \`check Google rank 1 2024\`
  \`check CN grew 8x 2020-2024\`
  \`check US 14766 2024 top50\`
  \`check Tsinghua had a share of 3% at NeurIPS 2024\``;

export function unreadableText(reading: Extract<ClaimReading, { ok: false }>, claim: string): string {
  return `I could not check "${claim.length > 200 ? `${claim.slice(0, 200)}…` : claim}": ${reading.problem}.\n\n${CLAIM_FORMS}`;
}
