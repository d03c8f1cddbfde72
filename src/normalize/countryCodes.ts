// Country fields of the source tables → ISO 3166-1 alpha-2. Names are read through the one
// country table (data/countries.json via i18n/countryTable.ts); codes already in alpha-2
// pass through, and the lf table writes UK for GB.
import { countryOfName } from '../i18n/countryTable.ts';

// Not countries, or not ISO: the lf table writes UNK for unknown and some sources EU.
const NOT_COUNTRIES = new Set(['EU', 'UN', 'XX', 'ZZ']);

/** ISO alpha-2 for a country name or code, or null when unknown ("None", "UNK", ""). */
export function toCountryCode(raw: string | undefined, byName: Map<string, string> = new Map()): string | null {
  if (!raw) return null;
  const t = raw.trim();
  if (/^[A-Z]{2}$/.test(t)) return t === 'UK' ? 'GB' : NOT_COUNTRIES.has(t) ? null : t;
  return countryOfName(t) ?? byName.get(t.toLowerCase()) ?? null;
}
