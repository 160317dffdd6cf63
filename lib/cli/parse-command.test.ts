import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SHARED_FIXTURES } from '../../tests/fixtures/paths';
import { runParseCommand, type ParseCommandIo } from './parse-command';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  const io: ParseCommandIo = {
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: async (path, text) => void files.set(path, text),
    mkdir: async () => undefined,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    now: () => Date.UTC(2026, 10, 25),
  };
  return { io, out, err, files };
}

const fixture = (rel: string) => join(SHARED_FIXTURES, rel);

describe('parse command', () => {
  it('prints one posting as stored JSON', async () => {
    const { io, out } = fakeIo();
    expect(await runParseCommand([fixture('postings/msp-network-engineer.txt')], io)).toBe(0);
    const posting = JSON.parse(out.join(''));
    expect(posting).toMatchObject({ status: 'new', tags: [], note: '', company: { value: 'Cooperative Systems', source: 'text' } });
    expect(typeof posting.descriptionHtml).toBe('string');
  });

  it('writes gold files named after each input into --out, keeps going past a bad file, exits 1', async () => {
    const { io, err, files } = fakeIo();
    const code = await runParseCommand(
      ['--format', 'gold', '--out', '/out', fixture('postings/msp-network-engineer.txt'), '/nope/missing.txt', fixture('postings/service-desk-specialist.record.txt')],
      io,
    );
    expect(code).toBe(1);
    expect(err.join('')).toBe('parse: /nope/missing.txt: no such file\n');
    expect([...files.keys()]).toEqual(['/out/msp-network-engineer.json', '/out/service-desk-specialist.record.json']);
    expect(JSON.parse(files.get('/out/service-desk-specialist.record.json')!)).toMatchObject({
      id: 'service-desk-specialist.record',
      title: 'Specialist, Service Desk',
      company: 'Connolly, LLC',
      location: 'Wilton, CT',
    });
  });

  it('prints one CSV for several files', async () => {
    const { io, out } = fakeIo();
    await runParseCommand(['--format', 'csv', fixture('postings/msp-network-engineer.txt'), fixture('postings/okta-administrator-identity.txt')], io);
    expect(out.join('').trim().split('\r\n')).toHaveLength(3);
  });

  it('rejects bad arguments with the usage', async () => {
    const { io, err } = fakeIo();
    expect(await runParseCommand(['--format', 'xml', 'a.txt'], io)).toBe(2);
    expect(err.join('')).toContain('usage:');
  });
});
