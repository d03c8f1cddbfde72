// Indexes the curated institutions by normalised alias and by domain, refusing
// duplicates: an alias or domain that names two institutions is a data error.
import type { Institution } from './types.ts';
import { normalizeName } from './normalizeText.ts';
import { domainSuffixes } from './domains.ts';

export class CuratedIndex {
  readonly byId = new Map<string, Institution>();
  private readonly aliases = new Map<string, Institution>();
  private readonly domains = new Map<string, Institution>();
  private readonly prefixes = new Map<string, Institution>();

  constructor(institutions: Institution[]) {
    for (const inst of institutions) {
      if (this.byId.has(inst.id)) throw new Error(`duplicate institution id ${inst.id}`);
      this.byId.set(inst.id, inst);
    }
    for (const inst of institutions) {
      if (inst.parent && !this.byId.has(inst.parent)) throw new Error(`${inst.id}: unknown parent ${inst.parent}`);
      if (!/^[A-Z]{2}$/.test(inst.country)) throw new Error(`${inst.id}: bad country ${inst.country}`);
      const names = [inst.name, ...(inst.aliases ?? []), ...Object.values(inst.names ?? {})];
      for (const raw of names) {
        if (!raw) continue;
        const key = normalizeName(raw);
        const prev = this.aliases.get(key);
        if (prev && prev.id !== inst.id) throw new Error(`alias "${raw}" names both ${prev.id} and ${inst.id}`);
        if (key) this.aliases.set(key, inst);
      }
      for (const raw of inst.prefixAliases ?? []) {
        const key = normalizeName(raw);
        const prev = this.prefixes.get(key);
        if (prev && prev.id !== inst.id) throw new Error(`prefix "${raw}" names both ${prev.id} and ${inst.id}`);
        if (key) this.prefixes.set(key, inst);
      }
      for (const raw of inst.domains ?? []) {
        const d = raw.toLowerCase();
        const prev = this.domains.get(d);
        if (prev && prev.id !== inst.id) throw new Error(`domain ${d} names both ${prev.id} and ${inst.id}`);
        this.domains.set(d, inst);
      }
    }
  }

  byAlias(normalized: string): Institution | undefined {
    return this.aliases.get(normalized);
  }

  /** The institution whose brand prefix starts the normalised text (longest prefix wins). */
  byPrefix(normalized: string): { inst: Institution; matched: string } | undefined {
    const words = normalized.split(' ');
    for (let k = words.length - 1; k >= 1; k--) {
      const head = words.slice(0, k).join(' ');
      const inst = this.prefixes.get(head);
      if (inst) return { inst, matched: head };
    }
    return undefined;
  }

  /** Longest curated domain that is a suffix of `domain`. */
  byDomain(domain: string): { inst: Institution; matched: string } | undefined {
    for (const suffix of domainSuffixes(domain)) {
      const inst = this.domains.get(suffix);
      if (inst) return { inst, matched: suffix };
    }
    return undefined;
  }

  /** Every normalised alias, for fuzzy suggestions. */
  aliasEntries(): IterableIterator<[string, Institution]> {
    return this.aliases.entries();
  }
}
