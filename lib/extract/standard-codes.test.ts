import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';
import { standardCodes } from './standard-codes';

const read = (text: string) => standardCodes(text, []).map((m) => m.entry.name);
const skills = (text: string) => extractRequirements(text).skills.map((s) => `${s.name}${s.required ? '' : '?'}`);

describe('standardCodes', () => {
  it.each([
    ['- Temporary works to BS 5975 and lifting plans to AS 2550', ['BS 5975', 'AS 2550']],
    ['- Études selon la NF P 94-500 et l’Eurocode', ['NF P 94-500']],
    ['- Design to AS/NZS 4777 and AS/NZS 5033; CSA C22.1 in Canada', ['AS/NZS 4777', 'AS/NZS 5033', 'CSA C22.1']],
    ['- Electrical safety testing to IEC 62353:2014', ['IEC 62353']],
    ['- Vibration analysis per ISO 18436-2, hazardous areas per AS/NZS 60079.17', ['ISO 18436-2', 'AS/NZS 60079.17']],
    // Set-88: a letter after the number; Germany's electrical bodies.
    ['- UL 9540A test reports, DIN VDE 0105-100 and VDE-AR-N 4110 grid connection', ['UL 9540A', 'DIN VDE 0105-100', 'VDE-AR-N 4110']],
    // Set-135: the Netherlands', South Africa's and Spain's bodies.
    ['- Kennis van NEN 1010 en NEN 3140; SANS 10142 wiring; UNE-EN 50110', ['NEN 1010', 'NEN 3140', 'SANS 10142', 'UNE-EN 50110']],
  ])('%s', (text, names) => {
    expect(read(text)).toEqual(names);
  });

  it.each([
    // India's accounting standards; a body's letters in other words; a version.
    ['- Expected credit loss under Ind AS 109'],
    // A check the candidate passes.
    ['All offers are subject to BS 7858 vetting and a basic DBS check.'],
    ['- ASTRO 25 radios, EN 1 km runs, ISO1 and AS 2'],
  ])('%s → none', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['Straits Meridian is an ISO 9001, ISO 14001 and ISO 45001 certified organisation.'],
    ['We are ISO 17100 and ISO 9001 certified.'],
    ['nuestra planta, certificada en IATF 16949 e ISO 14001.'],
  ])("reads no standard the employer holds, known or not: %s", (text) => {
    expect(skills(text)).toEqual([]);
  });

  it("reads no standard the dictionary knows where the employer holds it, and keeps one the job asks for", () => {
    expect(skills('Meridian Tool is an ISO 9001:2015 registered contract manufacturer hiring machinists.\nRequirements\n- Python')).not.toContain('ISO 9001');
    expect(skills('Requirements\n- Working knowledge of ISO 9001 and ISO 14001 management systems')).toEqual(['ISO 9001', 'ISO 14001']);
  });

  it('reads a standard the dictionary does not list as a skill, required or preferred as its line says', () => {
    expect(skills('Requirements\n- Temporary works to BS 5975\nNice to have\n- IEC 62353')).toEqual(['BS 5975', 'IEC 62353?']);
  });
});
