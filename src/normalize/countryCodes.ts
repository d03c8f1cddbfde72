// English country names (as the ivanov map and some tables spell them) → ISO 3166-1 alpha-2.
// Codes already in alpha-2 pass through; the lf table writes UK for GB.

const NAMES: Record<string, string> = {
  usa: 'US', 'united states': 'US', 'united states of america': 'US', us: 'US',
  uk: 'GB', 'united kingdom': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'great britain': 'GB',
  china: 'CN', 'peoples republic of china': 'CN', 'hong kong': 'HK', macau: 'MO', macao: 'MO', taiwan: 'TW',
  'south korea': 'KR', korea: 'KR', 'republic of korea': 'KR', 'korea republic of': 'KR',
  russia: 'RU', 'russian federation': 'RU', uae: 'AE', 'united arab emirates': 'AE',
  'czech republic': 'CZ', czechia: 'CZ', iran: 'IR', vietnam: 'VN', 'viet nam': 'VN',
  turkey: 'TR', turkiye: 'TR', netherlands: 'NL', 'the netherlands': 'NL',
  canada: 'CA', mexico: 'MX', brazil: 'BR', argentina: 'AR', chile: 'CL', colombia: 'CO', peru: 'PE',
  france: 'FR', germany: 'DE', italy: 'IT', spain: 'ES', portugal: 'PT', belgium: 'BE', luxembourg: 'LU',
  switzerland: 'CH', austria: 'AT', ireland: 'IE', denmark: 'DK', sweden: 'SE', norway: 'NO', finland: 'FI',
  iceland: 'IS', poland: 'PL', hungary: 'HU', romania: 'RO', bulgaria: 'BG', greece: 'GR', slovenia: 'SI',
  slovakia: 'SK', croatia: 'HR', serbia: 'RS', ukraine: 'UA', estonia: 'EE', latvia: 'LV', lithuania: 'LT',
  cyprus: 'CY', malta: 'MT', israel: 'IL', 'saudi arabia': 'SA', qatar: 'QA', egypt: 'EG', 'south africa': 'ZA',
  nigeria: 'NG', kenya: 'KE', ethiopia: 'ET', morocco: 'MA', tunisia: 'TN', india: 'IN', pakistan: 'PK',
  bangladesh: 'BD', 'sri lanka': 'LK', nepal: 'NP', japan: 'JP', singapore: 'SG', malaysia: 'MY',
  thailand: 'TH', indonesia: 'ID', philippines: 'PH', australia: 'AU', 'new zealand': 'NZ', kazakhstan: 'KZ',
  jordan: 'JO', lebanon: 'LB',
};

// Not countries, or not ISO: the lf table writes UNK for unknown and some sources EU.
const NOT_COUNTRIES = new Set(['EU', 'UN', 'XX', 'ZZ']);

/** ISO alpha-2 for a country name or code, or null when unknown ("None", "UNK", ""). */
export function toCountryCode(raw: string | undefined, byName: Map<string, string> = new Map()): string | null {
  if (!raw) return null;
  const t = raw.trim();
  if (/^[A-Z]{2}$/.test(t)) return t === 'UK' ? 'GB' : NOT_COUNTRIES.has(t) ? null : t;
  const key = t.toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  return NAMES[key] ?? byName.get(key) ?? null;
}
