import { describe, expect, it } from 'vitest';
import { decodeTaxonomy, encodeTaxonomy } from './codec';
import { TAXONOMY } from './index';
import { mergeTaxonomies, SOURCE_TAXONOMY } from './merge';
import type { TaxonomyEntry } from './types';

const entry = (name: string, aliases: string[] = [], ambiguous?: string[]): TaxonomyEntry =>
  ambiguous ? { name, kind: 'skill', category: 'other', aliases, ambiguous } : { name, kind: 'skill', category: 'other', aliases };

describe('mergeTaxonomies', () => {
  it('core wins a name conflict and gains the bulk aliases', () => {
    const merged = mergeTaxonomies([entry('VMware', ['vSphere'])], [entry('vmware', ['ESXi', 'vSphere']), entry('Docker')]);
    expect(merged.map((e) => e.name)).toEqual(['VMware', 'Docker']);
    expect(merged[0]?.aliases).toEqual(['vSphere', 'ESXi']);
  });

  it('an alias claimed by core is removed from the bulk entry', () => {
    const merged = mergeTaxonomies([entry('Microsoft 365', ['O365'])], [entry('Office 365 Admin', ['O365', 'Exchange Admin Center'])]);
    expect(merged[1]?.aliases).toEqual(['Exchange Admin Center']);
  });

  it('a bulk entry named like a core alias folds into the core entry', () => {
    const merged = mergeTaxonomies([entry('Meraki', ['Cisco Meraki'])], [entry('Cisco Meraki', ['Meraki MX'])]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.aliases).toEqual(['Cisco Meraki', 'Meraki MX']);
  });

  it('drops generic areas from bulk entries', () => {
    const merged = mergeTaxonomies([], [entry('Networking'), entry('Firewalls', ['firewall']), entry('Juniper', ['routing'])]);
    expect(merged.map((e) => e.name)).toEqual(['Juniper']);
    expect(merged[0]?.aliases).toEqual([]);
  });

  it('keeps ambiguous markers of surviving forms', () => {
    const merged = mergeTaxonomies([], [entry('Cisco Umbrella', ['Umbrella'], ['Umbrella'])]);
    expect(merged[0]?.ambiguous).toEqual(['Umbrella']);
  });

  it("keeps the core's call on a form it owns, ambiguous or not", () => {
    const merged = mergeTaxonomies([entry('Flask'), entry('Vim', [], ['Vim'])], [entry('Flask', [], ['Flask']), entry('Vim')]);
    expect(merged.map((e) => [e.name, e.ambiguous ?? []])).toEqual([
      ['Flask', []],
      ['Vim', ['Vim']],
    ]);
  });

  it('the shipped taxonomy has unique names and no alias shared by two entries', () => {
    const names = TAXONOMY.map((e) => e.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const owners = new Map<string, string>();
    for (const e of TAXONOMY) {
      for (const form of [e.name, ...e.aliases]) {
        const k = form.toLowerCase();
        expect(owners.get(k) ?? e.name, form).toBe(e.name);
        owners.set(k, e.name);
      }
    }
  });
});

describe('the shipped taxonomy (taxonomy.generated.ts)', () => {
  it('is the sources merged: run `npm run taxonomy` after editing them', () => {
    expect(TAXONOMY).toEqual(SOURCE_TAXONOMY);
  });

  it('decodes what it encodes, ambiguous forms included', () => {
    const entries = [
      { name: 'CompTIA A+', kind: 'certification', category: 'certification', aliases: ['A+', 'CompTIA A+ certification', 'A+ certification'], ambiguous: ['A+'] },
      { name: 'Go', kind: 'skill', category: 'language', aliases: ['Golang'], ambiguous: ['Go'] },
      { name: 'Kafka', kind: 'skill', category: 'data', aliases: [] },
    ] as const;
    expect(decodeTaxonomy(encodeTaxonomy(entries))).toEqual(entries);
  });

  it("leaves out the aliases the data's c() adds, and makes them again; other rows keep every alias", () => {
    const made = [{ name: 'CompTIA A+', kind: 'certification', category: 'certification', aliases: ['A+', 'CompTIA A+ certification', 'A+ certification'] }] as const;
    expect(encodeTaxonomy(made)).not.toMatch(/certification/);
    const written = [{ name: 'CCNA', kind: 'certification', category: 'certification', aliases: ['CCNA certification', 'Cisco CCNA'] }] as const;
    expect(decodeTaxonomy(encodeTaxonomy(written))).toEqual(written);
  });

  it("refuses a form holding one of the encoding's separators, which would split it", () => {
    expect(() => encodeTaxonomy([{ name: 'A^B', kind: 'skill', category: 'language', aliases: [] }])).toThrow(/reserves/);
    expect(() => encodeTaxonomy([{ name: 'Go', kind: 'skill', category: 'language', aliases: ['Go\nlang'] }])).toThrow(/reserves/);
  });

  it('refuses an ambiguous form that is no name nor alias of its entry', () => {
    expect(() => encodeTaxonomy([{ name: 'Go', kind: 'skill', category: 'language', aliases: [], ambiguous: ['go'] }])).toThrow(/neither/);
  });
});
