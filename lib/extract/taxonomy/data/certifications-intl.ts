/**
 * Credentials, licences and safety tickets of the countries LinkedIn postings come from beyond the
 * US: the UK and Ireland, Canada, Australia and New Zealand, France, Germany, the Netherlands,
 * Brazil, Poland, Czechia, Sweden, Singapore, Indonesia, South Africa, Saudi Arabia; and the wind
 * industry's GWO. Each is what an employer asks a candidate to hold ("QTS", "Red Seal", "RSA and
 * RCG", "habilitation électrique BR", "NR-10", "GWO BST"). Short forms that are other words too are
 * marked ambiguous (CNO is also a Chief Nursing Officer, UDT a user-defined type).
 */
import type { TaxonomyEntry } from '../types';
import { c } from './helpers';

export const INTERNATIONAL_CERTIFICATIONS: readonly TaxonomyEntry[] = [
  // UK and Ireland: teaching, safety, the built environment, licensed trades
  c('QTS', ['Qualified Teacher Status']),
  c('PGCE', ['Postgraduate Certificate in Education', 'PGDE', 'Professional Graduate Diploma in Education']),
  c('NPQH', ['National Professional Qualification for Headship']),
  c('NPQSL', ['National Professional Qualification for Senior Leadership']),
  c('NPQLT', ['National Professional Qualification for Leading Teaching']),
  c('MRTPI', ['Chartered Town Planner', 'Member of the Royal Town Planning Institute', 'RTPI membership']),
  c('Personal Licence', ['APLH', 'Award for Personal Licence Holders', 'personal licence holder']),
  c('Driver CPC', ['BKrFQ', 'Schlüsselzahl 95', 'Berufskraftfahrer-Qualifikation', 'Berufskraftfahrerqualifikation', 'Driver Certificate of Professional Competence', 'Driver CPC card', 'DQC']),
  c('SIA licence', ['SIA badge', 'SIA license']),
  c('SIA Door Supervisor Licence', ['SIA Door Supervisor', 'SIA Door Supervision licence', 'Door Supervisor licence', 'Door Supervision licence', 'SIA DS licence']),
  c('SIA Security Guarding Licence', ['SIA Security Guard licence', 'SIA Security Guarding', 'Security Guarding licence', 'SIA SG licence']),
  c('SIA CCTV Licence', ['SIA Public Space Surveillance (CCTV) licence', 'SIA CCTV', 'SIA Public Space Surveillance licence', 'SIA CCTV (Public Space Surveillance) licence', 'CCTV (Public Space Surveillance) licence', 'Public Space Surveillance licence', 'SIA PSS licence']),
  c('SIA Close Protection Licence', ['SIA Close Protection', 'Close Protection licence']),
  // Canada
  c('Red Seal', ['Red Seal Welder', 'Red Seal endorsement', 'Interprovincial Red Seal', 'Red Seal certificate', 'Red Seal journeyperson']),
  c('WHMIS', ['WHMIS 2015', 'Workplace Hazardous Materials Information System', 'SIMDUT', 'SIMDUT 2015', 'Formation SIMDUT']),
  c('CNO registration', ['College of Nurses of Ontario registration', 'College of Nurses of Ontario', 'CNO'], ['CNO']),
  c('CSTS-2020', ['CSTS', 'Construction Safety Training System']),
  c('Ontario Common Core', ['Common Core Underground Hard Rock Miner', 'Underground Hard Rock Miner Common Core']),
  // Australia and New Zealand
  c('RSA', ['RSA (Responsible Service of Alcohol)', 'Responsible Service of Alcohol', 'RSA certificate', 'NSW RSA', 'VIC RSA', 'QLD RSA'], ['RSA']),
  c('RCG', ['RCG (Responsible Conduct of Gambling)', 'Responsible Conduct of Gambling', 'RCG certificate', 'NSW RCG'], ['RCG']),
  c('White Card', ['General Construction Induction', 'Construction Induction Card', 'CPCWHS1001']),
  c('HLTAID011 Provide First Aid', ['HLTAID011', 'Provide First Aid']),
  // First aid in an education and care setting (anaphylaxis and asthma included): early childhood's own unit.
  c('HLTAID012', ['HLTAID012 Provide First Aid in an education and care setting', 'Provide First Aid in an education and care setting']),
  c('HLTAID009', ['Provide Cardiopulmonary Resuscitation', 'HLTAID009 Provide Cardiopulmonary Resuscitation']),
  // A Working with Children Check is a background check, not a certification (LABELING.md).

  c('NESA Accreditation', ['NESA accredited', 'NSW Education Standards Authority accreditation']),
  c('Food Safety Supervisor certificate', ['Food Safety Supervisor', 'FSS certificate']),
  c('LCQ', ['Licensed Controller Qualification']),
  // France
  c('Habilitation électrique BR', ['habilitation BR', 'Habilitations électriques BR']),
  c('Habilitation électrique BC', ['habilitation BC', 'Habilitations électriques BC']),
  c('Habilitation électrique B2V', ['habilitation B2V', 'Habilitations électriques B2V']),
  c('Habilitation électrique B1V', ['habilitation B1V', 'Habilitations électriques B1V']),
  c('Habilitation électrique B0', ['habilitation B0', 'Habilitation électrique H0B0', 'H0B0', 'Habilitations électriques B0', 'Habilitations électriques H0B0']),
  c('CACES R489', ['CACES 489', 'CACES R489 cat. 3', 'CACES R 489', 'CACES']),
  c('CACES R486', ['CACES 486', 'CACES nacelle']),
  // Germany
  c('Staplerschein', ['Gabelstaplerschein', 'Flurförderzeugschein']),
  c('Fachweiterbildung Intensiv- und Anästhesiepflege', ['Fachweiterbildung Intensivpflege', 'Fachweiterbildung Anästhesie- und Intensivpflege', 'Fachkrankenpflege Intensivpflege']),
  // Brazil's regulatory norms: the safety training each work needs
  c('NR-10', ['NR 10', 'NR10']),
  c('NR-12', ['NR 12', 'NR12']),
  c('NR-33', ['NR 33', 'NR33']),
  c('NR-35', ['NR 35', 'NR35']),
  // Poland, Czechia, Sweden
  c('Uprawnienia UDT', ['UDT', 'uprawnienia UDT na wózki widłowe'], ['UDT']),
  c('Autorizace ČKAIT', ['ČKAIT', 'autorizace ČKAIT']),
  c('Sjuksköterskelegitimation', ['legitimerad sjuksköterska', 'svensk sjuksköterskelegitimation']),
  c('A-HLR', ['avansert hjerte-lunge-redning', 'Avancerad hjärt-lungräddning']),
  // Singapore, Indonesia, South Africa, Saudi Arabia
  c('WSQ Food Safety Course', ['WSQ Food Safety Course Level 1', 'WSQ Food Safety Course Level 2', 'WSQ Food Safety Course Level 3', 'Food Hygiene Certificate']),
  c('Ahli K3 Umum', ['AK3 Umum', 'Ahli K3']),
  c('SACE registration', ['SACE', 'South African Council for Educators']),
  c('SCE Professional Engineer', ['Saudi Council of Engineers', 'SCE registration', 'SCE membership', 'Saudi Council of Engineers accreditation', 'SCE accreditation']),
  // Wind (GWO's Basic Safety Training is in certifications-other), automotive quality, US federal acquisition, bookkeeping
  c('GWO Basic Technical Training', ['GWO BTT']),
  c('GWO Advanced Rescue Training', ['GWO ART']),
  c('GWO Enhanced First Aid', ['GWO EFA']),
  // A duty ("you will be working at heights") is no certificate: only the training or ticket is.
  c('Working at Heights', ['Working at Heights certificate', 'Working at Heights certification', 'Working at Heights training', 'Work at Height training', 'Working at Heights ticket']),
  // English tests postings ask a score in ("IELTS 7.0 overall").
  c('IELTS', ['International English Language Testing System']),
  c('TOEFL', ['TOEFL iBT']),
  c('TOEIC'),
  // China's College English Test, by its band ("通过CET-6者优先", "CET-4 or above").
  c('CET-6', ['CET 6', 'College English Test Band 6', '大学英语六级', '英语六级']),
  c('CET-4', ['CET 4', 'College English Test Band 4', '大学英语四级', '英语四级']),
  // England and Wales' solicitor route (not "SQE", also a Supplier Quality Engineer).
  c('Solicitors Qualifying Examination', ['SQE1', 'SQE2']),
  c('VDA 6.3 Process Auditor', ['Certified VDA 6.3 Process Auditor', 'VDA 6.3 auditor', 'VDA 6.3 Prozessauditor']),
  c('FAC-P/PM', ['Federal Acquisition Certification for Program and Project Managers', 'FAC-PPM']),
  c('QuickBooks Certified ProAdvisor', ['QuickBooks ProAdvisor', 'Certified QuickBooks ProAdvisor']),
];
