/**
 * Hand-curated names of medicine and nursing across the Commonwealth, the Gulf and Germany (part
 * r): physicians' memberships and fellowships of the royal colleges and boards, licensing exams,
 * accreditation standards and e-health systems of the Gulf, triage scales, theatre and rostering
 * systems, and the software and fee schedules of German dental and care practices; and customs,
 * trade and transport: customs systems and codes of the EU, China, Singapore and Canada, supply
 * chain law, planning, workforce and fleet software; and finance: local GAAPs, fund rules and
 * administration software, deal rooms, fraud and identity checks, Swiss and German banking law and
 * qualifications. Data only.
 */
import type { TaxonomyEntry } from '../types';
import { c, s } from './helpers';

export const PROFESSIONS_R: readonly TaxonomyEntry[] = [
  // Physicians' memberships, fellowships and board certifications
  c('MRCP', ['MRCP (UK)', 'Membership of the Royal College of Physicians', 'MRCPUK']),
  c('MRCGP', ['Membership of the Royal College of General Practitioners']),
  c('MRCS', ['Membership of the Royal College of Surgeons']),
  c('FRCS', ['Fellowship of the Royal College of Surgeons', 'FRCSEd', 'FRCS (Eng)']),
  c('FRCEM', ['Fellowship of the Royal College of Emergency Medicine']),
  c('MRCEM', ['Membership of the Royal College of Emergency Medicine']),
  c('FRCA', ['Fellowship of the Royal College of Anaesthetists']),
  c('FRCR', ['Fellowship of the Royal College of Radiologists']),
  c('MRCOG', ['Membership of the Royal College of Obstetricians and Gynaecologists']),
  c('MRCPCH', ['Membership of the Royal College of Paediatrics and Child Health']),
  c('FRACGP', ['Fellowship of the RACGP', 'Fellowship of the Royal Australian College of General Practitioners']),
  c('FACRRM', ['Fellowship of ACRRM', 'Fellowship of the Australian College of Rural and Remote Medicine']),
  c('FACEM', ['Fellowship of the Australasian College for Emergency Medicine']),
  c('FRACP', ['Fellowship of the Royal Australasian College of Physicians']),
  c('CCFP', ['Certification in the College of Family Physicians', 'CCFP(EM)']),
  c('FRCPC', ['Fellowship of the Royal College of Physicians of Canada']),
  c('FRCSC', ['Fellowship of the Royal College of Surgeons of Canada']),
  c('ABEM', ['American Board of Emergency Medicine', 'ABEM board certification']),
  c('ABIM', ['American Board of Internal Medicine', 'ABIM board certification']),
  c('ABFM', ['American Board of Family Medicine']),
  c('Arab Board', ['Arab Board of Health Specializations', 'Arab Board certification']),
  c('Saudi Board', ['Saudi Board certification', 'Saudi Specialty Certificate']),
  c('USMLE', ['United States Medical Licensing Examination', 'USMLE Step 1', 'USMLE Step 2 CK']),
  c('PLAB', ['Professional and Linguistic Assessments Board', 'PLAB 1', 'PLAB 2']),
  c('ENC(C)', ['Emergency Nursing Certification (Canada)', 'CNA Emergency Nursing certification']),
  c('ASCPi', ['ASCP International', 'ASCPi certification']),
  c('ENB 176', ['ENB 176 Operating Department Nursing']),
  c('ZMP', ['Zahnmedizinische Prophylaxeassistentin', 'Zahnmedizinischer Prophylaxeassistent']),

  // Gulf accreditation standards, regulations and e-health systems
  s('CBAHI', 'standard', ['CBAHI standards', 'CBAHI accreditation']),
  s('JAWDA', 'standard', ['JAWDA quality standards', 'DOH JAWDA']),
  s('IPSG', 'standard', ['International Patient Safety Goals']),
  s('Wasfaty', 'healthcare', ['Wasfaty e-prescription']),
  s('Malaffi', 'healthcare', []),
  s('Riayati', 'healthcare', []),

  // Triage, theatre, rostering and registries
  s('CTAS', 'healthcare', ['Canadian Triage and Acuity Scale']),
  s('ORMIS', 'healthcare', ['ORMIS theatre system']),
  s('Allocate HealthRoster', 'business', ['HealthRoster']),
  s('National Joint Registry', 'healthcare', ['NJR']),
  s('AfPP Standards', 'standard', ['AfPP', 'Association for Perioperative Practice standards']),
  s('HotDoc', 'healthcare', []),
  s('Biodex', 'hardware', ['Biodex isokinetic dynamometer']),

  // German dental and care practices: software and fee schedules
  s('Dampsoft DS-Win', 'healthcare', ['DS-Win', 'Dampsoft']),
  s('CGM Z1', 'healthcare', ['Z1', 'CGM Z1.PRO'], ['Z1']),
  s('BEMA', 'standard', ['Bewertungsmaßstab zahnärztlicher Leistungen']),
  s('GOZ', 'standard', ['Gebührenordnung für Zahnärzte']),
  s('MediFox', 'healthcare', ['MediFox stationär', 'MediFox ambulant', 'MediFox DAN']),

  // Customs, trade and transport
  s('TARIC', 'standard', ['Integrated Tariff of the European Union']),
  s('DELTA G', 'business', ['DELTA-G', 'Delta G dédouanement']),
  s('DELTA I/E', 'business', ['DELTA IE', 'DELTA-I/E']),
  s('CARM', 'business', ['CBSA Assessment and Revenue Management', 'CARM Client Portal']),
  s('TradeNet', 'business', ['Singapore TradeNet']),
  s('China International Trade Single Window', 'business', ['中国国际贸易单一窗口', '国际贸易单一窗口', '单一窗口']),
  s('Golden Customs Phase II', 'business', ['金关二期', '金关二期系统', '金关工程二期']),
  c('Customs Declaration Proficiency Test Certificate', ['报关水平测试证书', '报关员资格证']),
  s('LkSG', 'standard', ['Lieferkettensorgfaltspflichtengesetz', 'Lieferkettengesetz', 'German Supply Chain Act']),
  s('FEFO', 'methodology', ['First Expired, First Out', 'First-Expired-First-Out']),
  s('RELEX Solutions', 'business', ['RELEX']),
  s('ATOSS', 'business', ['ATOSS Workforce Management', 'ATOSS Staff Efficiency Suite']),
  s('Winsped', 'business', ['WinSped']),
  s('Fleetboard', 'business', ['Daimler Fleetboard', 'Mercedes-Benz Fleetboard']),
  s('Shopfloor Management', 'methodology', ['Shopfloor-Management', 'Shop floor management']),

  // Finance: local GAAPs, funds, deal rooms, fraud checks, Swiss and German rules and qualifications
  s('Lux GAAP', 'standard', ['Luxembourg GAAP']),
  s('Swiss GAAP FER', 'standard', ['Swiss GAAP', 'FER']),
  s('AIFMD', 'standard', ['Alternative Investment Fund Managers Directive']),
  s('UCITS', 'standard', ['UCITS Directive']),
  s('Multifonds', 'erp-crm', ['Temenos Multifonds']),
  s('Investran', 'erp-crm', ['FIS Investran']),
  s('eFront', 'erp-crm', ['BlackRock eFront', 'eFront Invest']),
  s('Datasite', 'collaboration', ['Merrill Datasite']),
  s('Intralinks', 'collaboration', ['Intralinks VDR']),
  s('Socure', 'security', []),
  s('Sardine', 'security', ['Sardine AI'], ['Sardine']),
  s('FinSA', 'standard', ['FIDLEG', 'Financial Services Act (FinSA)', 'Finanzdienstleistungsgesetz']),
  s('AMLA', 'standard', ['Swiss Anti-Money Laundering Act', 'GwG (Switzerland)'], ['AMLA']),
  s('MaRisk', 'standard', ['Mindestanforderungen an das Risikomanagement']),
  s('Syrius', 'erp-crm', ['Adcubum Syrius', 'Adcubum SYRIUS']),
  c('CIIA', ['Certified International Investment Analyst']),
  c('SAQ Client Advisor', ['SAQ-certified Client Advisor', 'SAQ certified Client Advisor', 'SAQ Kundenberater', 'SAQ certification']),
  c('ACT Certificate in Treasury', ['CertTF', 'ACT Certificate in Treasury Fundamentals', 'Certificate in Treasury']),
  c('Versicherungsfachmann/-frau (VBV)', ['Versicherungsfachmann', 'Versicherungsfachfrau', 'VBV Versicherungsfachmann']),
];
