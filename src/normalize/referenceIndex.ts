// Indexes the reference tables by normalised name and by domain. A name or domain that
// points to more than one country is ambiguous and is never used to decide.
import type { Institution } from './types.ts';
import type { ReferenceTables } from './loadReference.ts';
import { normalizeName, slugify, isDepartmentLike } from './normalizeText.ts';
import { domainSuffixes, isPersonalDomain } from './domains.ts';
import { toCountryCode } from './countryCodes.ts';

export interface ReferenceEntry {
  id: string;
  name: string;
  country: string;
  type: 'university' | 'other';
}

// Domains the hipo table attaches to the wrong university (see the data README).
const WRONG_DOMAINS = new Set(['tju.edu', 'ens.fr']);

// Names too generic to identify one institution, whatever a table says.
const GENERIC_NAMES = new Set(
  [
    'University of California',
    'University of California System',
    'Institute of Science and Technology',
    'Institute of Technology',
    'National University',
    'State University',
    'University',
    'Research',
    'Institute of Automation',
    'Institute of Computing Technology',
    'Institute of Software',
    'University of London',
    'National Technological University',
    'Northeastern University',
    'Open University',
    'Polytechnic University',
    'Technical University',
    'University of Science and Technology',
    'Academy of Sciences',
    'Independent Researcher',
    'Unknown',
    'None',
  ].map(normalizeName),
);

// Vanity TLDs: the lf table sometimes takes them for the country (`.ai` → Anguilla).
const VANITY_TLDS = new Set(['ai', 'io', 'co', 'me', 'tv', 'eu', 'ly', 'gg', 'so', 'sh', 'cc', 'ws', 'to', 'fm', 'am', 'app', 'tech']);

// `edu.cn`, `ac.uk`, `com.au` ... are registries, not institutions.
const REGISTRY_SUFFIX = /^((com|edu|ac|org|net|gov|co|or|go|ne|res|sch|mil|nic)\.[a-z]{2}|[a-z]{2,})$/;

type Slot = ReferenceEntry | 'ambiguous';

/** Same key, other country → ambiguous. With `strict`, another institution name is ambiguous too. */
function put(map: Map<string, Slot>, key: string, entry: ReferenceEntry, strict = false): void {
  const prev = map.get(key);
  if (prev === undefined) map.set(key, entry);
  else if (prev === 'ambiguous' || prev.id === entry.id) return;
  else if (prev.country !== entry.country || strict) map.set(key, 'ambiguous');
}

export class ReferenceIndex {
  private readonly names = new Map<string, Slot>();
  private readonly domains = new Map<string, Slot>();
  private readonly byId = new Map<string, ReferenceEntry>();

  constructor(tables: ReferenceTables) {
    const countryByName = new Map<string, string>();
    for (const u of tables.hipo) countryByName.set(u.country.toLowerCase(), u.alpha_two_code);

    const entry = (name: string, country: string, type: ReferenceEntry['type']): ReferenceEntry => {
      const id = `ref:${slugify(name)}-${country.toLowerCase()}`;
      const known = this.byId.get(id);
      if (known) return known;
      const e: ReferenceEntry = { id, name: name.trim(), country, type };
      this.byId.set(id, e);
      return e;
    };
    const usableName = (n: string): boolean => n.length >= 4 && !GENERIC_NAMES.has(n) && !isDepartmentLike(n) && /\p{L}/u.test(n);
    const usableDomain = (d: string): boolean => !!d && !WRONG_DOMAINS.has(d) && !REGISTRY_SUFFIX.test(d) && !isPersonalDomain(d);

    // hipo first: a domain it knows is not overwritten by the lf table (university names there are canonical).
    const hipoDomains = new Set<string>();
    for (const u of tables.hipo) {
      const cc = toCountryCode(u.alpha_two_code);
      if (!cc) continue;
      const e = entry(u.name, cc, 'university');
      const n = normalizeName(u.name);
      if (usableName(n)) put(this.names, n, e);
      for (const raw of u.domains) {
        const d = raw.toLowerCase();
        if (!usableDomain(d)) continue;
        put(this.domains, d, e, true);
        hipoDomains.add(d);
      }
    }
    // lf rows: names go in directly; a domain goes to the name most rows give it (variants
    // such as "Meituan" / "Meituan Inc." are common), and is ambiguous on a tie.
    const lfByDomain = new Map<string, Map<ReferenceEntry, number>>();
    for (const r of tables.lfDomains) {
      const cc = toCountryCode(r.country, countryByName);
      const d = r.domain.trim().toLowerCase();
      const tld = d.split('.').pop() ?? '';
      if (!cc || !r.name.trim()) continue;
      if (VANITY_TLDS.has(tld) && cc.toLowerCase() === tld) continue;
      const n = normalizeName(r.name);
      if (!usableName(n)) continue;
      const e = entry(r.name, cc, /universit|college|institute of technology/.test(n) ? 'university' : 'other');
      put(this.names, n, e);
      if (!usableDomain(d) || hipoDomains.has(d)) continue;
      const counts = lfByDomain.get(d) ?? new Map<ReferenceEntry, number>();
      counts.set(e, (counts.get(e) ?? 0) + 1);
      lfByDomain.set(d, counts);
    }
    for (const [d, counts] of lfByDomain) {
      const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      const countries = new Set(ranked.map(([e]) => e.country));
      const [first, second] = ranked;
      if (countries.size > 1 || (second && second[1] === first[1])) this.domains.set(d, 'ambiguous');
      else this.domains.set(d, first[0]);
    }
    // The ivanov map merges some organisations wrongly, so only its self-canonical rows
    // (name equals canonical name) are trusted, and only for name → country.
    for (const r of tables.ivanovOrgs) {
      const n = normalizeName(r.org);
      if (n !== normalizeName(r.canonical)) continue;
      const cc = toCountryCode(r.country, countryByName);
      if (!cc || !usableName(n)) continue;
      put(this.names, n, entry(r.org, cc, /universit|college/.test(n) ? 'university' : 'other'));
    }
  }

  /** The entry for a normalised name, unless absent or ambiguous across countries. */
  byName(normalized: string): ReferenceEntry | undefined {
    const s = this.names.get(normalized);
    return s === undefined || s === 'ambiguous' ? undefined : s;
  }

  /** Longest matching domain suffix; an ambiguous suffix stops the search (no guessing further up). */
  byDomain(domain: string): { entry: ReferenceEntry; matched: string } | undefined {
    for (const suffix of domainSuffixes(domain)) {
      const s = this.domains.get(suffix);
      if (s === 'ambiguous') return undefined;
      if (s) return { entry: s, matched: suffix };
    }
    return undefined;
  }

  institution(id: string): Institution | undefined {
    const e = this.byId.get(id);
    return e && { id: e.id, name: e.name, type: e.type, country: e.country };
  }
}
