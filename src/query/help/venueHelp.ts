// The venue and tier words help lists, from the venue table (data/conferences.json), so a
// new conference, track or tier word shows in `help` without editing the help texts.
import { t } from '../../i18n/t.ts';
import { VENUES, type VenueTerm } from '../../domain/venues.ts';
import type { Lang } from '../../domain/lang.ts';

const code = (w: string) => `\`${w}\``;
const filters = (terms: VenueTerm[]) => terms.filter((e) => e.words.length > 0);

/** "`neurips` `icml` `iclr` `main` `datasets` `oral` `spotlight` `poster`": every venue filter's canonical word. */
export function venueFilterWords(): string {
  return [...VENUES.conferences, ...VENUES.tracks, ...VENUES.tiers]
    .flatMap((e) => e.words.slice(0, 1))
    .map(code)
    .join(' ');
}

/** "`neurips` (or `nips`), `icml`, `iclr`": each conference with its other Latin-letter words. */
export function conferenceWords(lang: Lang): string {
  return filters(VENUES.conferences)
    .map((c) => {
      const others = c.words.slice(1).filter((w) => /^[a-z0-9&-]+$/i.test(w));
      return others.length > 0
        ? t(lang, 'help.venueAlso', { word: code(c.words[0]), others: others.map(code).join(t(lang, 'word.listSep')) })
        : code(c.words[0]);
    })
    .join(t(lang, 'word.listSep'));
}

/** "`oral`, `spotlight`, `poster`": the tiers' canonical words. */
export function tierWords(lang: Lang): string {
  return filters(VENUES.tiers)
    .map((e) => code(e.words[0]))
    .join(t(lang, 'word.listSep'));
}
