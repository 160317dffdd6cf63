import { describe, expect, it } from 'vitest';
import { employmentTypeInText, workplaceInText } from './extract-facts';
import { typeInHeaderLine, workplaceInHeaderLine } from './header-segments';

describe('facts in a header line', () => {
  it.each([
    ['Loomwork · New York, NY · Remote (US)', null, 'remote'],
    ['Remote (United States) · Full-time · Product', 'full-time', 'remote'],
    ['Montréal, QC — Hybrid', null, 'hybrid'],
    ['Full-time | Monday–Friday, with one evening until 7 pm', 'full-time', null],
    ['**Acme** | Austin, TX | On-site', null, 'on-site'],
    ['Data Science • New York, NY • Full time • Hybrid', 'full-time', 'hybrid'],
    // Where the work is, after its arrangement (set-90).
    ['Suzhou, Jiangsu | Full-time | On-site at our SIP plant (shuttle bus from Suzhou city and Kunshan)', 'full-time', 'on-site'],
  ])('%s → %s, %s', (line, type, workplace) => {
    expect([typeInHeaderLine(line), workplaceInHeaderLine(line)]).toEqual([type, workplace]);
  });

  it.each([
    'Remote · Hybrid · On-site', // a filter bar names every arrangement
    'We support remote - hybrid cloud setups for contract customers',
    'Benefits for full-time employees | 401(k)',
    'A line much longer than any header: remote work is possible on some days, and we also offer a hybrid model for others | details',
  ])('none in: %s', (line) => {
    expect([typeInHeaderLine(line), workplaceInHeaderLine(line)]).toEqual([null, null]);
  });

  it.each([
    ["We're hiring a full-time Graphic Designer to join our design team.", 'full-time'],
    ['We are looking for a part-time cashier for weekends.', 'part-time'],
    ['We are hiring seasonal associates for the holidays.', 'temporary'],
  ])('reads the hiring sentence: %s', (text, type) => {
    expect(typeInHeaderLine(text)).toBe(type);
  });

  it('is read only when no statement in the text says', () => {
    const text = 'Acme · Austin, TX · Remote\n\nThis is a hybrid role: three days in the office.\nJob Type: Contract';
    expect(workplaceInText(text)).toBe('hybrid');
    expect(employmentTypeInText('Acme · Full-time · Austin, TX\n\nJob Type: Contract')).toBe('contract');
  });
});
