/**
 * Hand-curated names of food manufacturing and food safety, automotive and battery manufacturing and
 * dealership service, accounting and finance across the Commonwealth and the Gulf, applied AI and
 * LLM engineering, facilities and property, and legal, compliance and financial-crime work (part n):
 * food codes and quality systems, automotive quality and simulation tools, dealer and body-shop
 * systems, audit and tax software, model tooling, building and property systems, screening and
 * case-management tools, and the credentials of each field. Data only.
 */
import type { TaxonomyEntry } from '../types';
import { c, s } from './helpers';

export const PROFESSIONS_N: readonly TaxonomyEntry[] = [
  // Food safety and quality
  s('ISO/TS 22002-1', 'standard', ['ISO 22002-1', 'PAS 220']),
  s('9 CFR 416', 'standard', ['9 CFR Part 416']),
  s('Safe Food for Canadians Regulations', 'standard', []),
  s('Q-Pulse', 'business', ['Ideagen Q-Pulse']),
  s('Safefood 360', 'business', ['Safefood360']),
  s('TraceGains', 'business', []),
  s('Genesis R&D Foods', 'business', ['Genesis R&D', 'ESHA Genesis']),
  s('Infor Optiva', 'erp-crm', ['Optiva PLM', 'Infor Optiva PLM']),
  s('Redzone', 'manufacturing', ['Redzone Production System']),
  s('SSOP', 'standard', ['Sanitation Standard Operating Procedures', 'SSOPs']),
  c('FSSC 22000 Internal Auditor', ['FSSC 22000 Internal Auditor certificate']),
  c('FSSC 22000 Lead Auditor', ['FSSC 22000 Lead Auditor certificate']),
  c('Better Process Control School', ['BPCS']),

  // Automotive and battery manufacturing, dealership service
  s('AIAG-VDA FMEA Handbook', 'standard', ['AIAG-VDA FMEA', 'AIAG & VDA FMEA']),
  s('Process Simulate', 'manufacturing', ['Tecnomatix Process Simulate', 'Siemens Process Simulate']),
  s('RobCAD', 'manufacturing', ['Tecnomatix RobCAD']),
  s('PROFIsafe', 'protocol', []),
  s('Critical Manufacturing', 'manufacturing', ['Critical Manufacturing MES']),
  s('CitNOW', 'business', []),
  s('Keyloop', 'business', []),
  s('Loco-Soft', 'business', []),
  s('Car-O-Liner', 'manufacturing', []),
  s('OEM1Stop', 'business', []),
  c('IWE', ['International Welding Engineer']),
  c('EWE', ['European Welding Engineer']),
  c('ASME GDTP', ['GDTP', 'Geometric Dimensioning and Tolerancing Professional']),
  c('IMI Accreditation', ['IMI accredited', 'IMI Professional Registration']),

  // Accounting, tax and treasury
  c('CA ANZ', ['Chartered Accountants Australia and New Zealand', 'CA ANZ membership']),
  c('CA(SA)', ['CA (SA)', 'Chartered Accountant (South Africa)']),
  c('SOCPA', ['SOCPA Fellowship', 'Saudi Organization for Chartered and Professional Accountants']),
  c('AMCT', ['Associate Member of the Association of Corporate Treasurers']),
  s('JSE Listings Requirements', 'standard', []),
  s('Oracle EPM Cloud', 'erp-crm', ['Oracle Enterprise Performance Management Cloud', 'Oracle EPBCS']),
  s('USALI', 'standard', ['Uniform System of Accounts for the Lodging Industry']),
  s('ClearTax', 'business', []),
  s('Global Internal Audit Standards', 'standard', ['IIA Global Internal Audit Standards']),
  s('Taxprep', 'business', ['CCH Taxprep']),
  s('CCH iFirm', 'business', []),
  s('FRS 102', 'standard', []),
  s('ISA (UK)', 'standard', ['ISAs (UK)', 'International Standards on Auditing (UK)']),
  s('Charities SORP', 'standard', ['SORP']),
  s('Inflo', 'business', []),
  s('MindBridge', 'business', ['MindBridge AI']),
  s('FRTB', 'standard', ['Fundamental Review of the Trading Book']),
  s('Sage 300 People', 'erp-crm', ['Sage 300 People Payroll']),

  // Applied AI and LLM engineering
  s('Vertex AI Pipelines', 'ml', []),
  s('Hugging Face Datasets', 'ml', []),
  s('Nsight Systems', 'devops', ['NVIDIA Nsight Systems']),
  s('Nsight Compute', 'devops', ['NVIDIA Nsight Compute']),
  s('NCCL', 'ml', ['NVIDIA Collective Communications Library']),
  s('lm-evaluation-harness', 'ml', ['lm-eval-harness', 'lm-eval']),
  s('Voiceflow', 'ml', []),
  s('JSONL', 'data', ['JSON Lines']),
  s('NIST AI 600-1', 'standard', ['NIST Generative AI Profile']),
  s('SR 11-7', 'standard', ['SR 11-7 model risk guidance']),
  s('OSFI Guideline E-23', 'standard', ['OSFI E-23', 'Guideline E-23']),
  s('SecNumCloud', 'standard', []),
  s('revFADP', 'standard', ['nFADP', 'Swiss Federal Act on Data Protection', 'revDSG']),
  s('DPDP Act', 'standard', ['Digital Personal Data Protection Act', 'DPDPA']),
  s('PDPA', 'standard', ['Personal Data Protection Act']),
  c('CDI Conversation Design Certification', ['Conversation Design Institute certification', 'CDI certification']),

  // Facilities and property
  s('BCA Green Mark', 'standard', ['Green Mark']),
  c('Green Mark Professional', ['GMP (Green Mark Professional)', 'Green Mark Accredited Professional', 'GMAP']),
  c('Green Mark Advanced Professional', ['GMAAP']),
  s('BEAM Plus', 'standard', []),
  s('BOMA BEST', 'standard', ['BOMA BEST certification']),
  s('Yardi RentCafe', 'business', ['RentCafe']),
  s('Honeywell EBI', 'manufacturing', ['Honeywell Enterprise Buildings Integrator', 'EBI']),
  s('Angus AnyWhere', 'business', []),
  s('Rightmove Plus', 'business', []),
  s('EGi', 'business', ['CoStar EGi', 'Estates Gazette interactive']),
  s('Joblogic', 'business', []),
  s('Schneider Power Monitoring Expert', 'manufacturing', ['EcoStruxure PME', 'Schneider PME', 'Schneider Electric EcoStruxure Power Monitoring Expert', 'Schneider EcoStruxure Power Monitoring Expert', 'Power Monitoring Expert', 'EcoStruxure Power Monitoring Expert']),
  s('HSG274', 'standard', ['HSG 274']),
  c('SAMTRAC', ['SAMTRAC certificate']),
  c('NALP', ['National Apartment Leasing Professional']),
  c('IWFM Level 4', ['IWFM Level 4 Certificate', 'IWFM Level 4 Certificate in Facilities Management']),
  c('IWFM Level 5', ['IWFM Level 5 Diploma', 'IWFM Level 5 Diploma in Workplace and Facilities Management']),
  c('MHKIS', ['Member of the Hong Kong Institute of Surveyors']),
  c('MHKIH', ['Member of the Hong Kong Institute of Housing']),
  c('MCIH', ['Member of the Chartered Institute of Housing']),

  // Legal, compliance and financial crime
  s('PIPEDA', 'standard', ['Personal Information Protection and Electronic Documents Act']),
  s('TrustArc', 'business', []),
  s('AxiomSL', 'business', ['Adenza AxiomSL', 'AxiomSL ControllerView']),
  s('goAML', 'business', []),
  s('Brightflag', 'business', []),
  s('Dow Jones Risk & Compliance', 'business', ['Dow Jones Risk and Compliance', 'Dow Jones Watchlist']),
  s('Factiva', 'business', ['Dow Jones Factiva']),
  s('Fenergo', 'business', []),
  s('SpotDraft', 'business', []),
  s('FircoSoft', 'business', ['Firco', 'Firco Continuity', 'Accuity Firco']),
  s('Sumsub', 'business', []),
  s('ComplyAdvantage', 'business', []),
  s('ISO 37301', 'standard', []),
  s('PMLFTR', 'standard', ['Prevention of Money Laundering and Funding of Terrorism Regulations']),
  c('ICA Specialist Certificate in Sanctions', ['ICA Specialist Certificate in Sanctions Compliance']),
  c('Relativity Processing Specialist', ['Relativity Processing Specialist certification']),
  c('AAMLP', ['Advanced Anti-Money Laundering Professional']),
  c('CAMLP', ['Certified Anti-Money Laundering Professional']),
];
