/**
 * Hand-curated names of construction trades, banking operations, software outside the usual hubs,
 * food and farm work, nursing and medicine, manufacturing quality, legal and compliance work, and
 * contact centres (part x): trade tickets and formwork makers; trade-finance rules, treasury and fund
 * systems, banking exams; Android and data certifications; farm and food-safety tools; hospital
 * systems and neonatal and obstetric courses; quality, press and CNC tools and auditor credentials;
 * legal research, e-discovery and contract tools; workforce-management and support tools. Data only.
 */
import type { TaxonomyEntry } from '../types';
import { c, s } from './helpers';

export const PROFESSIONS_X: readonly TaxonomyEntry[] = [
  // Construction trades
  s('PERI', 'manufacturing', ['PERI formwork'], ['PERI']),
  s('Aluma Systems', 'manufacturing', []),
  s('Last Planner System', 'methodology', ['Last Planner']),
  s('SEAO', 'business', ["Système électronique d'appel d'offres"]),
  s('Jobber', 'business', [], ['Jobber']),
  c('TSSA G2 Gas Technician', ['G2 Gas Technician', 'TSSA G2', 'Gas Technician 2', 'TSSA G2 Gas Technician certificate']),
  c('TSSA G1 Gas Technician', ['G1 Gas Technician', 'TSSA G1', 'Gas Technician 1']),
  c('OWWA Backflow Prevention Tester', ['Backflow Prevention Tester']),
  c('BICSI Installer 2', ['BICSI INST2']),
  // Banking and financial services
  s('ISBP 745', 'standard', []),
  s('URDG 758', 'standard', ['RUGD 758', 'URDG']),
  s('ISP98', 'standard', ['ISP 98']),
  s('URC 522', 'standard', []),
  s('Finastra Trade Innovation', 'erp-crm', ['Trade Innovation']),
  s('UAEFTS', 'business', []),
  s('SmartStream TLM', 'business', ['TLM Reconciliations']),
  s('InvestOne', 'business', []),
  s('QRM', 'business', ['Quantitative Risk Management (QRM)'], ['QRM']),
  c('CSDG', ['Certified Specialist in Demand Guarantees']),
  c('ICA Advanced Certificate in AML', ['ICA Advanced Certificate in Anti Money Laundering', 'ICA Advanced Certificate in Anti-Money Laundering']),
  c('ACI Operations Certificate', ['ACI Operations']),
  c('ACI Dealing Certificate', ['ACI Dealing']),
  c('CISI International Certificate in Wealth & Investment Management', ['CISI International Certificate in Wealth and Investment Management']),
  c('CISI UAE Financial Rules & Regulations', ['CISI UAE Financial Rules and Regulations']),
  c('RE5', ['Regulatory Examination 5']),
  // Software outside the usual hubs
  s('Spring WebFlux', 'framework', ['WebFlux']),
  c('Associate Android Developer', ['Google Associate Android Developer']),
  c('SnowPro Advanced: Data Engineer', ['SnowPro Advanced Data Engineer']),
  // Food, farm and veterinary work
  s('Nutri-Score', 'standard', ['Nutriscore']),
  s('Farmax', 'business', []),
  s('DairyBase', 'business', []),
  s('InCalf', 'methodology', []),
  s('Lely Horizon', 'business', []),
  s('Lely Astronaut', 'hardware', ['Astronaut (Lely)']),
  s('KringloopWijzer', 'business', []),
  s('Foqus planet', 'business', []),
  s('Microsoft Dynamics NAV', 'erp-crm', ['Navision']),
  c('Spuitlicentie', ['spuitlicentie']),
  // Nursing and medicine
  s('BadgerNet', 'healthcare', []),
  s('BOSSnet', 'healthcare', []),
  s('webPAS', 'healthcare', []),
  s('Datix', 'healthcare', ['DatixWeb']),
  s('Manchester Triage System', 'methodology', ['Manchester Triage']),
  s('ANTT', 'methodology', ['Aseptic Non Touch Technique']),
  c('NeoResus', []),
  c('S.T.A.B.L.E.', ['STABLE program', 'S.T.A.B.L.E. program']),
  c('AWHONN Fetal Heart Monitoring', ['AWHONN FHM', 'AWHONN Intermediate Fetal Heart Monitoring']),
  c('FSEP', ['Fetal Surveillance Education Program']),
  // Manufacturing quality
  s('Q-DAS', 'manufacturing', ['Q-DAS qs-STAT', 'qs-STAT']),
  s('Babtec', 'manufacturing', ['Babtec Q']),
  s('CASQ-it', 'manufacturing', []),
  s('Priamus', 'manufacturing', []),
  s('Kistler', 'hardware', []),
  c('Mastercam Certified Professional', ['Mastercam Certified Programmer']),
  c('Instandhaltungsmanager (TÜV)', ['Instandhaltungsmanager TÜV']),
  // Legal and compliance
  s('Brainspace', 'business', []),
  c('Relativity Certified User', ['RCU']),
  s('Hyperlex', 'business', []),
  s('Legisway', 'business', []),
  s('Lexis 360', 'business', ['Lexis360']),
  s('Doctrine', 'business', [], ['Doctrine']),
  s('BizFile+', 'business', ['BizFile']),
  s('HKEX e-Submission System', 'business', []),
  c('Certification AMF', ["certification AMF", "examen certifiant AMF"]),
  c('HKCGI membership', ['HKCGI', 'Associate of HKCGI']),
  // Contact centres
  s('Teleopti', 'business', ['Calabrio Teleopti', 'Teleopti WFM']),
  s('NICE IEX', 'business', ['IEX WFM', 'NICE IEX WFM']),
  s('Zendesk Answer Bot', 'business', ['Answer Bot']),
  c('COPC Implementation Leader', ['COPC Implementation Leader certification', 'COPC IL']),
];
