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

  it('reads compliance, legal, clinical-research, construction, school and restaurant tools', () => {
    expect(named('Experience with Verafin or NICE Actimize; working knowledge of the Bank Secrecy Act, USA PATRIOT Act and OFAC.')).toEqual(
      expect.arrayContaining(['Verafin', 'NICE Actimize', 'Bank Secrecy Act', 'USA PATRIOT Act', 'OFAC']),
    );
    expect(named('Cite-checking with The Bluebook; e-filing in CM/ECF; the Federal Rules of Civil Procedure; TrialDirector.')).toEqual(
      expect.arrayContaining(['Bluebook', 'CM/ECF', 'Federal Rules of Civil Procedure', 'TrialDirector']),
    );
    expect(named('ACRP CCRC or SOCRA CCRP preferred; subject calendars in OnCore.')).toEqual(expect.arrayContaining(['CCRC', 'CCRP', 'OnCore']));
    expect(named('Computations in HydroCAD or StormCAD; JCT and NEC contracts; CostX take-offs.')).toEqual(
      expect.arrayContaining(['HydroCAD', 'StormCAD', 'JCT', 'NEC contracts', 'CostX']),
    );
    expect(named('Use Google Classroom, Desmos and TI-84 calculators; grades in Skyward.')).toEqual(
      expect.arrayContaining(['Google Classroom', 'Desmos', 'TI-84', 'Skyward']),
    );
    expect(named('Scheduling in HotSchedules, reservations in OpenTable; ServSafe Alcohol and TIPS certification.')).toEqual(
      expect.arrayContaining(['HotSchedules', 'OpenTable', 'ServSafe Alcohol', 'TIPS']),
    );
  });

  it('splits First Aid/CPR/AED and BLS/CPR as slash lists', () => {
    expect(named('Current BLS/CPR certification')).toEqual(expect.arrayContaining(['BLS', 'CPR']));
    expect(named('First Aid/CPR/AED certified')).toEqual(expect.arrayContaining(['First Aid', 'CPR']));
  });

  it('takes no tool from a company name, a place or an everyday word', () => {
    expect(named('Interview with a Keystone recruiter; loan repayments through card rails; tips for new hires.')).toEqual([]);
    expect(named('Run weekly owner-architect-contractor (OAC) meetings.')).toEqual([]);
    expect(named('Teller for our Lititz Pike Office; 7+ years supporting C-suite executives; storefront issues.')).toEqual([]);
    expect(named('MSW from a CSWE-accredited program; follow SOPs.')).toEqual([]);
    expect(named('The route is 700 miles; our fleet is 800 trucks; this position is 100% on-site.')).toEqual([]);
    expect(named('Talent Acquisition Partner, GTM')).toEqual([]);
    expect(named("Order and interpret X-ray and MRI imaging. Write to P.O. Box 4200. Drive a 26' Box Truck.")).toEqual([]);
  });

  it('reads mortgage, property, events, process-safety and Salesforce-admin names', () => {
    expect(named('Knowledge of TRID, RESPA, HMDA and ECOA; Desktop Underwriter and Loan Product Advisor; Optimal Blue pricing.')).toEqual(
      expect.arrayContaining(['TRID', 'RESPA', 'HMDA', 'ECOA', 'Desktop Underwriter', 'Loan Product Advisor', 'Optimal Blue']),
    );
    expect(named('RealPage OneSite and YieldStar; Fair Housing laws; Cvent, Tripleseat and Social Tables.')).toEqual(
      expect.arrayContaining(['RealPage', 'YieldStar', 'Fair Housing Act', 'Cvent', 'Tripleseat', 'Social Tables']),
    );
    expect(named('Working knowledge of PSM, HAZOP, LOPA and Management of Change; TapRooT investigations.')).toEqual(
      expect.arrayContaining(['LOPA', 'Management of Change', 'TapRooT']),
    );
    expect(named('Salesforce admin: Data Loader, Change Sets, Workflow Rules; Financial Services Cloud.')).toEqual(
      expect.arrayContaining(['Salesforce Data Loader', 'Salesforce Change Sets', 'Salesforce Workflow Rules', 'Financial Services Cloud']),
    );
  });

  it('reads SAP products apart from SAP itself', () => {
    expect(named('Experience with SAP S/4HANA and SAP ECC; ECC-to-S/4HANA conversions; SAP SD and SAP MM.')).toEqual(
      expect.arrayContaining(['SAP S/4HANA', 'SAP ECC', 'SAP SD', 'SAP MM']),
    );
  });

  it('takes no credential or tool from everyday words', () => {
    expect(named('We challenge each other and spin up new teams; the clue is in the name.')).toEqual([]);
    expect(named('A seismic shift, an ironclad promise: it is vitally important that we sing in the chorus.')).toEqual([]);
    expect(named('This is an on-site role at our Grand Rapids plant.')).toEqual([]);
    expect(named('GPU dataframes with RAPIDS and cuDF')).toEqual(['NVIDIA RAPIDS']);
  });
});
