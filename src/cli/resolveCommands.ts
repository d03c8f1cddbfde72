// `resolve` and `unresolved`: the institution resolver, explained, in the terminal.
import { readFileSync } from 'node:fs';
import { DATA_DIR, sourcesDir } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { all } from '../db/run.ts';
import { isPersonalDomain } from '../normalize/domains.ts';
import { openResolver } from '../normalize/openResolver.ts';
import { renderTable } from '../render/text.ts';
import type { Cell, Column } from '../domain/table.ts';

interface Table {
  title: string;
  columns: Column[];
  rows: Cell[][];
  notes: string[];
}

function print(table: Table, json: boolean | undefined): void {
  if (json) console.log(JSON.stringify(table, null, 2));
  else console.log([table.title, '', ...renderTable(table), '', ...table.notes].join('\n'));
}

const DOMAIN = /^(?:[^\s@]+@)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

export function resolveCommand(args: string[], opts: { file?: string; json?: boolean }): number {
  const inputs =
    opts.file || args[0] === '-'
      ? readFileSync(opts.file && opts.file !== '-' ? opts.file : 0, 'utf8')
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean)
      : [args.join(' ')].filter(Boolean);
  if (inputs.length === 0) {
    console.error(
      'resolve: give an affiliation string or a domain, e.g. airank resolve "Dept. of CS, Tsinghua Univ." or airank resolve cs.stanford.edu; --file F or - reads one per line',
    );
    return 2;
  }
  const { resolver, withReference } = openResolver(DATA_DIR, sourcesDir());
  const rows = inputs.map((input): Cell[] => {
    const domain = DOMAIN.exec(input)?.[1]?.toLowerCase();
    if (domain && isPersonalDomain(domain)) return [input, '(unresolved)', null, null, null, 'personal mail domain', 'says nothing about an institution'];
    const r = domain ? resolver.resolve(undefined, domain) : resolver.resolve(input);
    const inst = r.institutionId ? resolver.institution(r.institutionId) : undefined;
    const parent = inst?.parent ? resolver.institution(inst.parent) : undefined;
    const suggestions = r.institutionId
      ? ''
      : resolver
          .suggest(input, 3)
          .map((s) => s.name)
          .join('; ');
    return [input, inst?.name ?? '(unresolved)', r.institutionId, r.country, parent?.name ?? null, r.rule, r.matched ?? suggestions];
  });
  print(
    {
      title: `Resolution of ${inputs.length} input${inputs.length === 1 ? '' : 's'}`,
      columns: [
        { key: 'input', label: 'Input', type: 'text' },
        { key: 'institution', label: 'Institution', type: 'text' },
        { key: 'id', label: 'Id', type: 'text' },
        { key: 'country', label: 'Country', type: 'text' },
        { key: 'parent', label: 'Rolls up to', type: 'text' },
        { key: 'rule', label: 'Rule', type: 'text' },
        { key: 'matched', label: 'Matched / suggestions', type: 'text' },
      ],
      rows,
      notes: withReference ? [] : ['Reference tables not obtained yet (run `airank build`): curated data only.'],
    },
    opts.json,
  );
  return rows.some((r) => r[2] === null) && inputs.length === 1 ? 3 : 0;
}

export function unresolvedCommand(dbPath: string, opts: { top?: string; json?: boolean }): number {
  const top = Number(opts.top ?? 50);
  if (!Number.isInteger(top) || top < 1 || top > 10_000) {
    console.error('unresolved: --top takes a whole number from 1 to 10000, e.g. --top 50');
    return 2;
  }
  const { db, sqlite } = openDatabase(dbPath, { readonly: true });
  try {
    const rows = all(
      sqlite,
      db
        .selectFrom('resolutions')
        .select(['raw_affiliation', 'email_domain', 'authorships'])
        .where('institution_id', 'is', null)
        .orderBy('authorships', 'desc')
        .limit(top),
    );
    const { resolver } = openResolver(DATA_DIR, sourcesDir());
    print(
      {
        title: `Most frequent unresolved affiliations (top ${top} by author slots)`,
        columns: [
          { key: 'affiliation', label: 'Affiliation', type: 'text' },
          { key: 'domain', label: 'Domain', type: 'text' },
          { key: 'authorships', label: 'Author slots', type: 'int' },
          { key: 'suggestions', label: 'Suggestions (for review, never applied)', type: 'text' },
        ],
        rows: rows.map((r) => [
          r.raw_affiliation,
          r.email_domain,
          r.authorships,
          resolver
            .suggest(r.raw_affiliation ?? r.email_domain ?? '', 3)
            .map((s) => `${s.name} (${s.score})`)
            .join('; '),
        ]),
        notes: ['To fix one: add an alias or domain in data/institutions.json, or an entry in data/overrides.json, then rebuild.'],
      },
      opts.json,
    );
    return 0;
  } finally {
    sqlite.close();
  }
}
