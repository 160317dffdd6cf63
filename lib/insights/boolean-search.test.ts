import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../extract/taxonomy/index';
import type { TaxonomyEntry } from '../extract/taxonomy/types';
import { booleanSearch, coreTitle, quoteTerm, searchAliases, searchInputForPosting, searchInputForSelection } from './boolean-search';
import { makePosting, req } from './posting-fixture';

const entry = (name: string, aliases: string[], ambiguous?: string[]): TaxonomyEntry => ({ name, kind: 'skill', category: 'other', aliases, ambiguous });

describe('quoteTerm', () => {
  it('leaves single plain words bare and quotes phrases and symbols', () => {
    expect(quoteTerm('VMware')).toBe('VMware');
    expect(quoteTerm('Windows Server')).toBe('"Windows Server"');
    expect(quoteTerm('C++')).toBe('"C++"');
    expect(quoteTerm('PL/SQL')).toBe('"PL/SQL"');
  });

  it('drops quotes and brackets that would break the string, and quotes operators', () => {
    expect(quoteTerm('Say "hi" (now)')).toBe('"Say hi now"');
    expect(quoteTerm('OR')).toBe('"OR"');
    expect(quoteTerm(' "" ')).toBe('');
  });

  it('never yields an unbalanced quote or bracket', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = quoteTerm(s);
        expect((q.match(/"/g) ?? []).length % 2).toBe(0);
        expect(q).not.toMatch(/[()]/);
      }),
    );
  });
});

describe('searchAliases', () => {
  it('skips case variants, aliases containing the name, ambiguous words and special characters', () => {
    const vmware = entry('VMware', ['VMWare', 'VMware vSphere', 'vSphere', 'VMware ESXi', 'ESXi', 'ESX', 'vCenter']);
    expect(searchAliases(vmware)).toEqual(['vSphere', 'ESXi', 'ESX']);
    expect(searchAliases(entry('Go', ['Golang', 'go-lang*', 'Go lang'], ['Golang']))).toEqual([]);
    expect(searchAliases(entry('X', ['"quoted"', 'a(b)', 'ok:no', 'Fine One']))).toEqual(['Fine One']);
  });

  it('prefers fewer words, then taxonomy order', () => {
    expect(searchAliases(entry('K8s', ['Kubernetes Engine Platform', 'Kube', 'Kubernetes']))).toEqual(['Kube', 'Kubernetes', 'Kubernetes Engine Platform']);
  });
});

describe('coreTitle', () => {
  it('drops what follows a dash, bar, bracket or comma', () => {
    expect(coreTitle('Software Engineer - Internship - Up to $18,000 p/m')).toBe('Software Engineer');
    expect(coreTitle('Systems Administrator (Windows), Remote')).toBe('Systems Administrator');
    expect(coreTitle('Front-End Developer')).toBe('Front-End Developer');
  });
});

describe('booleanSearch', () => {
  const taxonomy = [
    entry('Windows Server', ['Win Server', 'Microsoft Windows Server', 'MS Windows Server', 'Windows Servers']),
    entry('VMware', ['VMWare', 'VMware vSphere', 'vSphere']),
  ];

  it('ANDs one OR group per skill and the title', () => {
    expect(booleanSearch({ skills: ['Windows Server', 'VMware'], titles: ['Systems Administrator'] }, taxonomy)).toBe(
      '("Windows Server" OR "Win Server") AND (VMware OR vSphere) AND ("Systems Administrator")',
    );
  });

  it('keeps skills missing from the taxonomy as they are, and is empty with nothing to search', () => {
    expect(booleanSearch({ skills: ['Made Up'], titles: [] }, taxonomy)).toBe('("Made Up")');
    expect(booleanSearch({ skills: [], titles: [] }, taxonomy)).toBe('');
  });

  it('finds the aliases in the real taxonomy', () => {
    expect(booleanSearch({ skills: ['Windows Server'], titles: [] }, TAXONOMY)).toMatch(/^\("Windows Server" OR "Win Server"/);
  });
});

describe('search inputs', () => {
  const sre = makePosting({
    jobId: 'a',
    title: { value: 'Site Reliability Engineer - Platform', source: 'text' },
    requirements: { skills: [req('Kubernetes'), req('Go', false), req('Terraform')], certifications: [], minYearsExperience: null, education: null, softSkills: [] },
  });
  const other = makePosting({
    jobId: 'b',
    title: { value: 'Site Reliability Engineer', source: 'text' },
    requirements: { skills: [req('Terraform'), req('Terraform'), req('AWS')], certifications: [], minYearsExperience: null, education: null, softSkills: [] },
  });

  it('takes a posting’s required skills and title', () => {
    expect(searchInputForPosting(sre)).toEqual({ skills: ['Kubernetes', 'Terraform'], titles: ['Site Reliability Engineer - Platform'] });
  });

  it('takes a selection’s most common required skills and titles', () => {
    expect(searchInputForSelection([sre, other])).toEqual({ skills: ['Terraform', 'AWS', 'Kubernetes'], titles: ['Site Reliability Engineer'] });
  });
});
