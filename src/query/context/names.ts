// Display names of groups (institutions, countries) in the question's language.
import { countryName } from '../../i18n/countries.ts';
import { institutionName } from '../../i18n/institutions.ts';
import type { QueryContext } from './context.ts';
import type { Entity } from '../model/types.ts';
import type { Lang } from '../../domain/lang.ts';

export function institutionLabel(ctx: QueryContext, id: string | null, lang: Lang): string {
  if (!id) return '(unresolved)';
  const inst = ctx.institutions.get(id);
  return inst ? institutionName(inst, lang) : id;
}

export function countryLabel(code: string | null, lang: Lang): string {
  return code ? countryName(code, lang) : '(unknown)';
}

export function entityLabel(ctx: QueryContext, e: Entity, lang: Lang): string {
  return e.kind === 'country' ? countryLabel(e.code, lang) : institutionLabel(ctx, e.id, lang);
}

export function entityKey(e: Entity): string {
  return e.kind === 'country' ? e.code : e.id;
}
