import { describe, expect, it } from 'vitest';
import { extractRequirements } from '../extract-requirements';

/** Names of the skills and certifications extracted from `text`. */
const named = (text: string) => {
  const r = extractRequirements(text);
  return [...r.skills, ...r.certifications].map((x) => x.name);
};

describe('named tools and credentials outside software', () => {
  it('reads sales methodologies and tools', () => {
    expect(named('Requirements:\n- Familiarity with MEDDIC or Challenger sales methodologies\n- Experience with Salesforce and Outreach')).toEqual(
      expect.arrayContaining(['MEDDIC', 'Challenger Sale', 'Salesforce']),
    );
    expect(named('You have run deals with MEDDPICC and SPIN Selling.')).toEqual(expect.arrayContaining(['MEDDIC', 'SPIN Selling']));
  });

  it('reads healthcare, counselling and finance credentials', () => {
    expect(named('Requirements: BCBA certification and supervision of RBT staff; LCSW or LPC licensure.')).toEqual(
      expect.arrayContaining(['BCBA', 'RBT', 'LCSW', 'LPC']),
    );
    expect(named('Must have passed the NCLEX and hold a current RN license.')).toEqual(expect.arrayContaining(['NCLEX-RN', 'RN']));
    expect(named('CFP, ChFC or CLU designation required.')).toEqual(expect.arrayContaining(['CFP', 'ChFC', 'CLU']));
  });

  it('reads field-service, hotel and point-of-sale systems', () => {
    expect(named('Experience with ServiceTitan, Opera PMS and MICROS POS required.')).toEqual(
      expect.arrayContaining(['ServiceTitan', 'Opera PMS', 'Oracle MICROS']),
    );
  });

  it('reads customer-success, billing and sales-enablement tools', () => {
    expect(named('Working knowledge of Salesforce and Gainsight; Zuora or Chargebee a plus; Seismic and Highspot.')).toEqual(
      expect.arrayContaining(['Salesforce', 'Gainsight', 'Zuora', 'Chargebee', 'Seismic', 'Highspot']),
    );
  });

  it('takes no credential or tool from everyday words', () => {
    expect(named('We challenge each other and spin up new teams; the clue is in the name.')).toEqual([]);
    expect(named('A seismic shift, an ironclad promise: it is vitally important that we sing in the chorus.')).toEqual([]);
    expect(named('This is an on-site role at our Grand Rapids plant.')).toEqual([]);
    expect(named('GPU dataframes with RAPIDS and cuDF')).toEqual(['NVIDIA RAPIDS']);
  });
});
