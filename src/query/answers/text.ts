// `help` and `method`: answers that are text, with the same footer as any other.
import { helpText } from '../help/help.ts';
import { t, punct } from '../../i18n/t.ts';
import type { QueryContext } from '../context/context.ts';
import { buildMeta } from '../figures/meta.ts';
import { holdOutText } from '../help/holdOutPrecision.ts';
import { printAgreementText } from '../help/printAgreement.ts';
import { METHODS, methodText } from '../model/methods.ts';
import { venueProse } from '../help/venueProse.ts';
import { type Answer, type ParsedQuery } from '../model/types.ts';

function textAnswer(ctx: QueryContext, q: ParsedQuery, title: string, text: string, headline = title): Answer {
  return { kind: q.kind, headline, title, columns: [], rows: [], totalRows: 0, offset: 0, text, meta: buildMeta(ctx, q, []) };
}

export function helpAnswer(ctx: QueryContext, q: ParsedQuery & { kind: 'help' }): Answer {
  const lang = q.options.lang;
  return textAnswer(ctx, q, q.topic ? `${t(lang, 'help.title')}${punct(lang).colon}${q.topic}` : t(lang, 'help.general'), helpText(q.topic, lang));
}

export function methodAnswer(ctx: QueryContext, q: ParsedQuery): Answer {
  const lang = q.options.lang;
  const rollups = new Map<string, string[]>();
  for (const inst of ctx.institutions.values()) {
    if (inst.rootId !== inst.id) rollups.set(inst.rootId, [...(rollups.get(inst.rootId) ?? []), inst.name]);
  }
  const policy = [...rollups.entries()]
    .map(([root, units]) => `• ${t(lang, 'mtext.includes', { root: ctx.institutions.get(root)?.name ?? root, units: units.sort().join('; ') })}`)
    .sort();
  const sources = JSON.parse(ctx.meta.sources ?? '[]') as Array<{ file: string; role: string; licence?: string | null }>;
  const counted = t(lang, 'mtext.counted', venueProse(lang));
  const text = [
    counted,
    t(lang, 'mtext.methods'),
    ...METHODS.map((m) => `• \`${m}\`: ${methodText(m, lang).label}`),
    t(lang, 'mtext.affiliations'),
    t(lang, 'mtext.timing'),
    t(lang, 'mtext.gaps'),
    t(lang, 'mtext.accuracy', { agreement: printAgreementText(undefined, lang), holdOut: holdOutText(undefined, lang) }),
    t(lang, 'mtext.interns'),
    t(lang, 'mtext.corrections'),
    `${t(lang, 'mtext.rollup')}\n${policy.join('\n') || `• ${t(lang, 'mtext.none')}`}`,
    `${t(lang, 'mtext.sources')}\n${sources.map((s) => `• ${t(lang, 'mtext.source', { file: s.file, role: s.role, licence: s.licence ?? t(lang, 'mtext.noLicence') })}`).join('\n')}`,
  ].join('\n\n');
  // The sentence is the first paragraph without its bold heading; Slack shows it with the details button.
  const headline = counted.replace(/^\*[^*]+\*\s*/, '');
  return { ...textAnswer(ctx, q, t(lang, 'mtext.title'), text, headline), textInDetails: true };
}
