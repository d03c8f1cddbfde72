// "2 author slots corrected by editors (see `papers "Google" 2024`)": the footer note an
// answer carries when reviewed corrections in its scope moved one of its figures. A slot
// moved a figure when its group before and after the correction differ under the answer's
// grouping (roll-up, country or institution, filters), and one of them is a group shown.
import { sql } from 'kysely';
import { all, first } from '../../db/run.ts';
import { t, punct } from '../../i18n/t.ts';
import { groupColumns, scopedAuthorships } from './aggregate.ts';
import type { QueryContext } from '../context/context.ts';
import { canonical } from '../commands/registry.ts';
import { groupsOf } from './groups.ts';
import { institutionLabel } from '../context/names.ts';
import type { Entity, ParsedQuery, QueryOptions } from '../model/types.ts';
import { isLinkedEvidence } from '../../domain/evidence.ts';
import type { GroupBy } from '../model/types.ts';

export interface CorrectionScope {
  years: number[];
  options: QueryOptions;
  /** The groups the answer shows, or every group of one kind (rankings). */
  groups: Entity[] | { all: GroupBy };
}

export interface MovedSlot {
  correctionId: number;
  before: string | null;
  after: string | null;
  kind: GroupBy;
}

/** Corrected slots in scope whose group under the answer's grouping changed. */
export function movedSlots(ctx: QueryContext, scope: CorrectionScope): MovedSlot[] {
  // No corrections at all: skip the join (an empty table has no statistics, and the planner
  // would otherwise walk every slot in scope: 40 ms on a ranking).
  if (!first(ctx.sqlite, ctx.db.selectFrom('corrections').select('id').limit(1))) return [];
  const { options } = scope;
  // The country filter is applied below to both sides; scopedAuthorships would apply it to the new side only.
  const unfiltered = { ...options, filters: { ...options.filters, country: undefined } };
  const rows = all(
    ctx.sqlite,
    scopedAuthorships(ctx, scope.years, unfiltered)
      .innerJoin('corrections', (j) => j.onRef('corrections.paper_id', '=', 'authorships.paper_id').onRef('corrections.position', '=', 'authorships.position'))
      .leftJoin('institutions as bi', 'bi.id', 'corrections.before_unit_id')
      .leftJoin('institutions as br', 'br.id', 'bi.root_id')
      .select([
        'corrections.id',
        'corrections.before_evidence',
        'authorships.unit_id',
        'authorships.root_id',
        'authorships.unit_country',
        'authorships.root_country',
        sql<string | null>`bi.id`.as('before_unit_id'),
        sql<string | null>`bi.root_id`.as('before_root_id'),
        sql<string | null>`bi.country`.as('before_unit_country'),
        sql<string | null>`br.country`.as('before_root_country'),
      ]),
  );
  const cols = groupColumns(options);
  const countryCol = cols.country;
  const kinds: GroupBy[] = 'all' in scope.groups ? [scope.groups.all] : [...new Set(scope.groups.map((g) => g.kind))];
  const shown = 'all' in scope.groups ? null : new Set(scope.groups.map((g) => (g.kind === 'country' ? g.code : g.id)));
  const out: MovedSlot[] = [];
  for (const r of rows) {
    const beforeCounts = !(options.filters.exact && isLinkedEvidence(r.before_evidence));
    const inCountry = (side: 'before' | 'after') => {
      const country = side === 'before' ? r[`before_${countryCol}` as const] : r[countryCol];
      return !options.filters.country || country === options.filters.country;
    };
    for (const kind of kinds) {
      const column = cols[kind];
      const before = beforeCounts && inCountry('before') ? r[`before_${column}` as const] : null;
      const after = inCountry('after') ? r[column] : null;
      if (before === after) continue;
      if (shown && !(before !== null && shown.has(before)) && !(after !== null && shown.has(after))) continue;
      out.push({ correctionId: r.id, before, after, kind });
      break;
    }
  }
  return out;
}

/** The drill-down commands that list the moved slots: the groups shown, else the most touched. */
function drillDowns(ctx: QueryContext, scope: CorrectionScope, moved: MovedSlot[]): string[] {
  const touched = new Map<string, { entity: Entity; n: number }>();
  for (const m of moved) {
    for (const key of [m.after, m.before]) {
      if (key === null) continue;
      const entity: Entity = m.kind === 'country' ? { kind: 'country', code: key } : { kind: 'institution', id: key };
      const shown = 'all' in scope.groups || scope.groups.some((g) => (g.kind === 'country' ? g.code : g.id) === key);
      if (shown) touched.set(`${m.kind}:${key}`, { entity, n: (touched.get(`${m.kind}:${key}`)?.n ?? 0) + 1 });
    }
  }
  return [...touched.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, 2)
    .map(({ entity }) => canonical({ kind: 'papers', entity, years: scope.years, limit: 20 }, scope.options, ctx.lexicon).replace(/ top 20(?= |$)/, ''));
}

/** The footer note, or none when no correction in scope moved a figure shown. */
export function correctionNotes(ctx: QueryContext, scope: CorrectionScope): string[] {
  if (scope.years.length === 0) return [];
  const moved = movedSlots(ctx, scope);
  if (moved.length === 0) return [];
  const n = new Set(moved.map((m) => m.correctionId)).size;
  const commands = drillDowns(ctx, scope, moved).map((c) => `\`${c}\``);
  const lang = scope.options.lang;
  return [t(lang, n === 1 ? 'note.correctedOne' : 'note.corrected', { n, commands: commands.join(punct(lang).listSep) })];
}

/** What an answer shows, for the note; null for answers without group figures (check adds its own). */
export function scopeOf(q: ParsedQuery, years: number[]): CorrectionScope | null {
  const groups = groupsOf(q);
  return groups ? { years, options: q.options, groups } : null;
}

/** For the drill-down: slots corrected away from the group, which its rows no longer show. */
export function movedAwayNotes(ctx: QueryContext, scope: CorrectionScope, entity: Entity): string[] {
  const key = entity.kind === 'country' ? entity.code : entity.id;
  const away = movedSlots(ctx, scope).filter((m) => m.before === key && m.after !== key);
  if (away.length === 0) return [];
  const details = all(
    ctx.sqlite,
    ctx.db
      .selectFrom('corrections')
      .innerJoin('authorships', (j) => j.onRef('authorships.paper_id', '=', 'corrections.paper_id').onRef('authorships.position', '=', 'corrections.position'))
      .innerJoin('papers', 'papers.id', 'corrections.paper_id')
      .where(
        'corrections.id',
        'in',
        away.map((m) => m.correctionId),
      )
      .select(['corrections.id', 'papers.title', 'authorships.name', 'authorships.position', 'authorships.n_authors', 'authorships.unit_id'])
      .orderBy('corrections.id'),
  );
  const lang = scope.options.lang;
  const slots = details.map(
    (d) => `"${d.title}", ${d.name} (${d.position + 1}/${d.n_authors}) → ${institutionLabel(ctx, d.unit_id, lang)} (correction #${d.id})`,
  );
  return [t(lang, 'note.correctedAway', { n: details.length, slots: slots.join('; ') })];
}
