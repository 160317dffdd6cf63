import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const words = (text: string) => tokenize(text).filter((t) => t.word).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['C++ and C# on .NET', ['C++', 'and', 'C#', 'on', '.NET']],
    ['Node.js, Vue.js', ['Node.js', 'Vue.js']],
    ['A+ or Network+', ['A+', 'or', 'Network+']],
    ['802.1X and ISO 27001', ['802.1X', 'and', 'ISO', '27001']],
    ['Python 3.7+ experience.', ['Python', '3.7+', 'experience']],
    ["Okta's API", ['Okta', 'API']],
    ['V-model and ISO-26262', ['V', 'model', 'and', 'ISO', '26262']],
  ])('keeps technical names whole: %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps slashes as their own token so TCP/IP and JNCIA/JNCIS both work', () => {
    expect(tokenize('TCP/IP').map((t) => t.norm)).toEqual(['tcp', '/', 'ip']);
    expect(tokenize('JNCIA/JNCIS').map((t) => t.norm)).toEqual(['jncia', '/', 'jncis']);
  });

  it('records offsets into the original text', () => {
    const text = '  Use Node.js daily';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits a name from the letters of a script written without spaces (set-46)', () => {
    expect(words('PythonまたはGoの経験')).toEqual(['Python', 'または', 'Go', 'の経験']);
    expect(words('Terraformによる管理')).toEqual(['Terraform', 'による管理']);
    expect(words('Python을 사용한')).toEqual(['Python', '을', '사용한']);
    // Accented Latin stays in its word.
    expect(words('Ünïcödé café')).toEqual(['Ünïcödé', 'café']);
  });

  it('survives emoji and unusual unicode', () => {
    expect(words('🎓 Degree in 数学 — Ünïcödé')).toEqual(['Degree', 'in', '数学', 'Ünïcödé']);
  });
});
