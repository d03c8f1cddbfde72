// E-mail and web domains: clean-up, personal providers, and suffix enumeration.
import personalDomains from '../../data/personal-domains.json' with { type: 'json' };

// Providers that say nothing about where a person works (an editorial list, in data/).
const PERSONAL_DOMAINS = new Set(personalDomains.domains);

/** Lower-cased bare domain from `x@host`, `@host`, `https://host/...` or `host`; '' if none. */
export function cleanDomain(raw: string | undefined): string {
  if (!raw) return '';
  let d = raw.trim().toLowerCase();
  const at = d.lastIndexOf('@');
  if (at >= 0) d = d.slice(at + 1);
  d = d
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/:?#].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.+$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d) ? d : '';
}

/** True for webmail and other personal providers (any `yahoo.*` too). */
export function isPersonalDomain(domain: string): boolean {
  // Country variants of the big webmail brands: yahoo.co.jp, hotmail.fr, outlook.de, live.cn ...
  if (/^(yahoo|ymail|hotmail|outlook|live|msn)\.(com?\.)?[a-z]{2,3}$/.test(domain)) return true;
  for (const s of domainSuffixes(domain)) if (PERSONAL_DOMAINS.has(s)) return true;
  return false;
}

/** `a.b.c.edu` → [`a.b.c.edu`, `b.c.edu`, `c.edu`] (never the bare TLD): longest first. */
export function domainSuffixes(domain: string): string[] {
  const parts = domain.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join('.'));
  return out;
}
