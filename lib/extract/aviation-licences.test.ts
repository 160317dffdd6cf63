import { describe, expect, it } from 'vitest';
import { aviationLicences } from './aviation-licences';
import { extractRequirements } from './extract-requirements';

const read = (text: string) => [...new Set(aviationLicences(text).map((m) => m.entry.name))];
const certs = (text: string) => extractRequirements(text).certifications.map((c) => `${c.name}${c.required ? '' : '?'}`).sort();

describe('aviationLicences', () => {
  it.each([
    // A licence by its regulator, scheme and category; two schemes before one category are both asked for.
    ['- A UK Part-66 B1.1 licence', ['UK Part-66 B1.1 licence']],
    ['- Valid CAAS SAR-66 or EASA Part-66 Category B1 licence', ['CAAS SAR-66 B1 licence', 'EASA Part-66 B1 licence']],
    ['- Licence EASA Part-66 catégorie B2 en cours de validité', ['EASA Part-66 B2 licence']],
    ['- CASA Part 66 B1.1 licence (turbine aeroplanes)', ['CASA Part-66 B1.1 licence']],
    // The scheme unsaid; a dual licence adds the B2.
    ['- A B2 licence, or B1/B2 dual licence coverage', ['B2 licence']],
    ['- Transport Canada AME licence, M1 or M2 category', ['Transport Canada AME M1 licence', 'Transport Canada AME M2 licence']],
    // A type rating by its fleet, written before or after the rating, its engines in a bracket.
    ['- Airbus A318/A319/A320/A321 (CFM56 and/or IAE V2500) type endorsed', ['A320 type rating']],
    ['- Type rating on at least one of: A320 family (CFM LEAP-1A), A330 (Trent 700) or Boeing 787 (GEnx)', ['A320 type rating', 'A330 type rating', 'Boeing 787 type rating']],
    ['- Type endorsement on the Dash 8-400 and/or Boeing 737NG', ['Dash 8-400 type rating', 'Boeing 737NG type rating']],
    ['- ATR 42/72 (PW127) type rating endorsed on your licence', ['ATR 42/72 type rating']],
    ['- idéalement avec la qualification de type A350 (Trent XWB)', ['A350 type rating']],
  ])('%s', (text, names) => {
    expect(read(text)).toEqual(names);
  });

  it('reads none where no licence nor fleet is named', () => {
    expect(read('- French at B2 level or above; ICAO English Level 5')).toEqual([]);
    expect(read('A copy of your Part-66 licence (both sides); sponsorship for additional type ratings.')).toEqual([]);
  });

  it('marks each as its line says, and leaves the dictionary’s generic licence out', () => {
    expect(certs('Requirements\n- EASA Part-66 B1.1 licence\nNice to have\n- B2 licence or A350 type rating')).toEqual(['A350 type rating?', 'B2 licence?', 'EASA Part-66 B1.1 licence']);
  });
});
