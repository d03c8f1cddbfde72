// Resolves one affiliation string (and/or e-mail domain) to an institution, trying rules
// in a fixed order so every decision can be explained: overrides, curated aliases
// (whole string, then segments), curated domains, reference names, reference domains.
import type { Institution, Resolution } from './types.ts';
import type { ReferenceTables } from './loadReference.ts';
import { CuratedIndex } from './curatedIndex.ts';
import { ReferenceIndex } from './referenceIndex.ts';
import { normalizeName, splitSegments, isDepartmentLike, isSubUnitLike } from './normalizeText.ts';
import { cleanDomain, isPersonalDomain } from './domains.ts';
import { suggestInstitutions, type Suggestion } from './suggest.ts';

export interface ResolverInput {
  institutions: Institution[];
  /** Affiliation string → institution id, or null to force "unresolved". Keys are normalised on load. */
  overrides: Record<string, string | null>;
  /** Names whose institution depends on the country (data/names-by-country.json); see resolveIn. */
  namesByCountry?: Record<string, Record<string, string | null>>;
  reference?: ReferenceTables;
}

export interface Resolver {
  resolve(affiliation: string | undefined, domain?: string): Resolution;
  /** resolve(), and for a name of data/names-by-country.json, the one of `countries` (ISO codes) it lists. */
  resolveIn(name: string, countries: readonly string[]): Resolution;
  suggest(text: string, n?: number): Suggestion[];
  /** The record for a curated id or a generated `ref:` id (so the build can store it). */
  institution(id: string): Institution | undefined;
}

const UNRESOLVED: Resolution = { institutionId: null, rule: 'unresolved', country: null };
// Marker for "an override says this text names nothing": skip every text rule.
const NO_TEXT: Resolution = { institutionId: null, rule: 'override', country: null };

const hit = (inst: Institution, rule: Resolution['rule'], matched: string): Resolution => ({
  institutionId: inst.id,
  rule,
  country: inst.country,
  matched,
});

/** Overrides by normalised text; an id that is not curated is a data error, caught on load. */
function overridesOf(raw: ResolverInput['overrides'], curated: CuratedIndex): Map<string, string | null> {
  const overrides = new Map<string, string | null>();
  for (const [key, id] of Object.entries(raw)) {
    if (id !== null && !curated.byId.has(id)) throw new Error(`override "${key}" → unknown id ${id}`);
    overrides.set(normalizeName(key), id);
  }
  return overrides;
}

/** data/names-by-country.json by normalised name, every id checked as overrides are. */
function namesByCountryOf(raw: ResolverInput['namesByCountry'], curated: CuratedIndex): Map<string, Record<string, string | null>> {
  const byCountry = new Map<string, Record<string, string | null>>();
  for (const [name, choices] of Object.entries(raw ?? {})) {
    for (const id of Object.values(choices)) if (id !== null && !curated.byId.has(id)) throw new Error(`names-by-country "${name}" → unknown id ${id}`);
    byCountry.set(normalizeName(name), choices);
  }
  return byCountry;
}

/** A segment's alias, also after dropping a department prefix or suffix ("dept of cs tsinghua university"). */
function aliasOfSegment(curated: CuratedIndex, norm: string): Institution | undefined {
  const direct = curated.byAlias(norm);
  if (direct) return direct;
  const words = norm.split(' ');
  const brand = curated.byPrefix(norm);
  if (brand) return brand.inst;
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(' ');
    const tail = words.slice(k).join(' ');
    if (isSubUnitLike(head)) {
      const inst = curated.byAlias(tail);
      if (inst) return inst;
    }
    if (isSubUnitLike(tail)) {
      const inst = curated.byAlias(head);
      if (inst) return inst;
    }
  }
  return undefined;
}

/** The affiliation text and the domain worth resolving (none for a personal mail domain). */
function textAndDomain(affiliation: string | undefined, rawDomain: string | undefined): { text: string; domain: string } {
  let text = affiliation?.trim() ?? '';
  // Some profiles hold a bare domain ("stanford.edu") where the affiliation belongs.
  if (!rawDomain && /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(text)) {
    rawDomain = text;
    text = '';
  }
  const domain = cleanDomain(rawDomain);
  return { text, domain: domain && !isPersonalDomain(domain) ? domain : '' };
}

export function createResolver(input: ResolverInput): Resolver {
  const curated = new CuratedIndex(input.institutions);
  const reference = input.reference ? new ReferenceIndex(input.reference) : undefined;
  const overrides = overridesOf(input.overrides, curated);
  const byCountry = namesByCountryOf(input.namesByCountry, curated);

  function resolveText(text: string): Resolution | undefined {
    const whole = normalizeName(text);
    if (!whole) return undefined;
    if (overrides.has(whole)) {
      const id = overrides.get(whole);
      // null: the text names no single institution; only the domain may still decide.
      if (id === null || id === undefined) return NO_TEXT;
      return hit(curated.byId.get(id)!, 'override', text);
    }
    const direct = curated.byAlias(whole);
    if (direct) return hit(direct, 'alias', text);
    for (const seg of splitSegments(text)) {
      const norm = normalizeName(seg);
      if (!norm || norm === whole) continue;
      const inst = aliasOfSegment(curated, norm);
      if (inst) return hit(inst, 'alias_segment', seg);
    }
    if (whole.includes(' ')) {
      const inst = aliasOfSegment(curated, whole);
      if (inst) return hit(inst, 'alias_segment', text);
    }
    return undefined;
  }

  function resolveReferenceName(text: string): Resolution | undefined {
    if (!reference) return undefined;
    const candidates = [text, ...splitSegments(text)];
    for (const seg of candidates) {
      const norm = normalizeName(seg);
      if (!norm || isDepartmentLike(norm)) continue;
      const e = reference.byName(norm);
      if (e) return { institutionId: e.id, rule: 'reference_name', country: e.country, matched: seg };
    }
    return undefined;
  }

  /**
   * The text named an organisation and the domain names one of its own units
   * ("Max-Planck Institute Informatics" + mpi-inf.mpg.de): take the more precise unit.
   */
  function refineByDomain(res: Resolution, domain: string): Resolution {
    if (!domain || !res.institutionId) return res;
    const d = curated.byDomain(domain);
    if (!d || d.inst.id === res.institutionId) return res;
    for (let p = d.inst.parent; p; p = curated.byId.get(p)?.parent) {
      if (p === res.institutionId) return { ...hit(d.inst, res.rule, res.matched ?? ''), matched: `${res.matched} + ${d.matched}` };
    }
    return res;
  }

  function resolve(affiliation: string | undefined, rawDomain?: string): Resolution {
    const { text, domain: usableDomain } = textAndDomain(affiliation, rawDomain);
    const fromText = text ? resolveText(text) : undefined;
    if (fromText && fromText !== NO_TEXT) return refineByDomain(fromText, usableDomain);
    const textUsable = !!text && fromText !== NO_TEXT;
    if (usableDomain) {
      const d = curated.byDomain(usableDomain);
      if (d) return hit(d.inst, 'domain', d.matched);
    }
    const byName = textUsable ? resolveReferenceName(text) : undefined;
    if (byName) return byName;
    if (usableDomain && reference) {
      const d = reference.byDomain(usableDomain);
      if (d) return { institutionId: d.entry.id, rule: 'reference_domain', country: d.entry.country, matched: d.matched };
    }
    return fromText === NO_TEXT ? { ...UNRESOLVED, rule: 'override', matched: text } : UNRESOLVED;
  }

  function resolveIn(name: string, countries: readonly string[]): Resolution {
    const plain = resolve(name);
    const choices = plain.institutionId ? undefined : byCountry.get(normalizeName(name));
    const listed = Object.keys(choices ?? {}).filter((c) => countries.includes(c));
    const id = listed.length === 1 ? choices?.[listed[0]] : null;
    const inst = id ? curated.byId.get(id) : undefined;
    // `matched` is the curated name, which resolves alone wherever the text is recorded.
    return inst ? hit(inst, 'name_by_country', inst.name) : plain;
  }

  return {
    resolve,
    resolveIn,
    suggest: (text, n) => suggestInstitutions(curated, text, n),
    institution: (id) => curated.byId.get(id) ?? reference?.institution(id),
  };
}
