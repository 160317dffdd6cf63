import { describe, expect, it } from 'vitest';
import { companyInText } from './company-in-text';

describe('companyInText', () => {
  it.each([
    ['Company: Kaveri Ledger Technologies Pvt. Ltd.\nPosition: Legal Counsel', 'Kaveri Ledger Technologies Pvt. Ltd.'],
    ['AI Governance Analyst (m/w/d)\nStandort: München\nDie Isarwerk Versicherung AG ist ein mittelständischer Versicherer.', 'Isarwerk Versicherung AG'],
    ['Посада: Менеджер з логістики\nТОВ «Галтранс Логістик» — львівська експедиторська компанія.', 'ТОВ «Галтранс Логістик»'],
    ['Position: Manager Internal Audit\nMehran Polymers Limited, a PSX-listed manufacturer of BOPP films, is hiring.', 'Mehran Polymers Limited'],
    // Japanese and Chinese registered names, the legal form before or after the name (set-110).
    ['【経理スタッフ】月次・年次決算\n株式会社浪速テクノ商事は、1972年創業の専門商社です。', '株式会社浪速テクノ商事'],
    ['浪速テクノ株式会社は大阪の商社です。', '浪速テクノ株式会社'],
    ['深圳市恒拓精密电子有限公司成立于2008年。', '深圳市恒拓精密电子有限公司'],
  ])('%j → %s', (text, company) => expect(companyInText(text)).toBe(company));

  it('reads no company from a name without a legal form, nor from one far into the text', () => {
    expect(companyInText('The Group is a leading insurer. Our client, a bank, is hiring.')).toBeNull();
    expect(companyInText(`${'We build things. '.repeat(80)}Acme Widgets Ltd is our parent.`)).toBeNull();
  });
});
