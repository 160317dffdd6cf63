/**
 * Hand-curated tools and named rules of fields outside software that postings ask for by name:
 * financial-crime compliance, law, clinical research, civil engineering and construction,
 * schools, restaurants, pharmacy, payroll, transport, mobile release tooling. Named laws here
 * are the ones postings ask to know ("working knowledge of the Bank Secrecy Act"); employment
 * laws that mostly appear in boilerplate (FLSA status, EEO) stay excluded (core.ts).
 */
import type { TaxonomyEntry } from '../types';
import { s } from './helpers';

export const INDUSTRY: readonly TaxonomyEntry[] = [
  // Financial-crime compliance.
  s('NICE Actimize', 'business', ['Actimize']),
  s('Verafin', 'business', []),
  s('Oracle FCCM', 'business', ['Oracle Financial Crime and Compliance Management', 'FCCM']),
  s('World-Check', 'business', ['Refinitiv World-Check', 'LSEG World-Check', 'WorldCheck']),
  s('LexisNexis Bridger Insight', 'business', ['Bridger Insight', 'Bridger XG']),
  s('FinCEN BSA E-Filing System', 'business', ['BSA E-Filing', 'FinCEN E-Filing', 'BSA E-Filing System']),
  s('Bank Secrecy Act', 'standard', []),
  s('USA PATRIOT Act', 'standard', ['PATRIOT Act', 'USA PATRIOT']),
  s('OFAC', 'standard', ['OFAC sanctions', 'OFAC regulations']),
  // Law.
  s('Bluebook', 'standard', ['The Bluebook', 'Bluebook citation', 'Bluebook citation format']),
  s('Federal Rules of Civil Procedure', 'standard', ['FRCP']),
  s('CM/ECF', 'business', ['CM-ECF']),
  s('PACER', 'business', []),
  s('TrialDirector', 'business', ['Trial Director']),
  s('MyCase', 'business', []),
  // Clinical research and pharmacy.
  s('OnCore', 'healthcare', ['Advarra OnCore', 'OnCore CTMS']),
  s('PioneerRx', 'healthcare', []),
  s('OutcomesMTM', 'healthcare', []),
  s('Surescripts', 'healthcare', []),
  // Civil engineering, surveying and construction.
  s('HydroCAD', 'design', []),
  s('StormCAD', 'design', []),
  s('OpenRoads Designer', 'design', ['OpenRoads', 'Bentley OpenRoads']),
  s('CostX', 'business', []),
  s('PlanGrid', 'business', []),
  s('AIA contract documents', 'standard', ['AIA documents', 'AIA contracts', 'AIA G702', 'AIA A201']),
  s('JCT', 'standard', ['JCT contracts', 'JCT Design and Build', 'Joint Contracts Tribunal']),
  s('NEC contracts', 'standard', ['NEC3', 'NEC4', 'New Engineering Contract', 'NEC3 contracts', 'NEC4 contracts']),
  // Schools.
  s('Google Classroom', 'collaboration', []),
  s('Desmos', 'office', []),
  s('TI-84', 'hardware', ['TI-84 Plus', 'TI-84 graphing calculator', 'TI-84 calculators']),
  s('Skyward', 'business', []),
  s('TEKS', 'standard', ['Texas Essential Knowledge and Skills']),
  // Restaurants and hospitality.
  s('HotSchedules', 'business', []),
  s('OpenTable', 'business', []),
  s('7shifts', 'business', []),
  s('Aloha POS', 'business', ['NCR Aloha']),
  // Payroll and property.
  s('Paycor', 'business', []),
  s('Entrata', 'business', []),
  // Transport and logistics.
  s('Samsara', 'business', []),
  s('Omnitracs', 'business', []),
  s('TMW Suite', 'business', ['TMW Systems', 'TMW', 'TMWSuite', 'TruckMate']),
  s('Truckstop', 'business', ['Truckstop.com']),
  s('DAT', 'business', ['DAT load board', 'DAT Power', 'DAT One'], ['DAT']),
  s('Hours of Service', 'standard', ['HOS regulations', 'FMCSA Hours of Service']),
  // Supply-chain planning.
  s('SAP APO', 'erp-crm', ['SAP Advanced Planning and Optimization']),
  s('S&OP', 'methodology', ['Sales and Operations Planning', 'S&OP process']),
  // Marketing.
  s('LinkedIn Campaign Manager', 'business', ['LinkedIn Ads', 'LinkedIn Ads Manager']),
  s('Looker Studio', 'data', ['Google Looker Studio', 'Google Data Studio', 'Data Studio']),
  // Data science.
  s('DoWhy', 'ml', []),
  s('EconML', 'ml', []),
  // Mobile development and release.
  s('Apollo iOS', 'library', []),
  s('Apollo Kotlin', 'library', ['Apollo Android']),
  s('Bitrise', 'devops', []),
  s('App Store Connect', 'devops', ['App Store', 'Apple App Store'], ['App Store']),
  s('Google Play Console', 'devops', ['Google Play', 'Play Console', 'Google Play Store']),
  s('OWASP MASVS', 'standard', ['MASVS', 'OWASP MASTG', 'MASTG']),
  // Behavioral health.
  s('CBT', 'healthcare', ['kognitive Verhaltenstherapie', 'Terapia cognitivo-conductual', 'Cognitive Behavioral Therapy', 'Cognitive Behavioural Therapy'], ['CBT']), // computer-based training, a milk's total bacteria count too
  s('Dialectical Behavior Therapy', 'healthcare', ['Dialectical Behaviour Therapy']),
  s('TF-CBT', 'healthcare', ['Trauma-Focused CBT', 'Trauma-Focused Cognitive Behavioral Therapy']),
  s('EMDR', 'healthcare', ['Eye Movement Desensitization and Reprocessing']),
  s('Motivational Interviewing', 'healthcare', ['Motivierende Gesprächsführung', 'motiverande samtal']),
  s('DSM-5', 'standard', ['DSM-5-TR', 'DSM-V', 'DSM 5']),
  // Laboratories.
  s('Karl Fischer titration', 'manufacturing', ['KF titrator', 'Karl Fischer', 'KF titration']),
  s('ALCOA+', 'standard', ['ALCOA', 'ALCOA principles']),
  s('Agilent OpenLab', 'manufacturing', ['OpenLab CDS', 'Agilent ChemStation', 'ChemStation']),
  // Mechanical design.
  s('ASME Y14.5', 'standard', ['ASME Y14.5M', 'Y14.5']),
  s('SolidWorks PDM', 'design', ['SOLIDWORKS PDM', 'SolidWorks EPDM', 'PDM Professional']),
  s('SolidWorks Simulation', 'design', ['SOLIDWORKS Simulation']),
  // Payroll and HR outside the US.
  s('Employment Hero', 'business', []),
  s('ELMO', 'business', ['ELMO Software'], ['ELMO']),
  s('Fair Work Act', 'standard', ['Fair Work Act 2009']),
  s('National Employment Standards', 'standard', []),
  // Banking.
  s('Regulation CC', 'standard', ['Reg CC']),
  s('Regulation E', 'standard', ['Reg E']),
  // Real estate, executive support, retail, design.
  s('Stellar MLS', 'business', []),
  s('Diligent Boards', 'business', ['Diligent']),
  s('Navan', 'business', ['TripActions']),
  s('NCR Counterpoint', 'business', []),
  s('Pantone', 'design', ['Pantone Matching System', 'PMS colors']),
  // Veterinary practices.
  s('IDEXX', 'healthcare', []), // its VetConnect PLUS, Cornerstone and SmartFlow are names of their own (professions-aa.ts)
  s('AVImark', 'healthcare', []),
  s('ezyVet', 'healthcare', []),
  // HVAC equipment makers postings ask experience with.
  s('Trane', 'hardware', []),
  s('Lennox', 'hardware', []),
  s('Daikin', 'hardware', []),
  s('Mitsubishi Electric', 'hardware', ['Mitsubishi ductless']), // heat pumps and ductless systems (its PLCs are "Mitsubishi PLC")
  // Social platforms a marketing role runs.
  s('Instagram', 'business', ['Instagram Reels']),
  s('TikTok', 'business', []),
  s('TikTok Ads', 'business', ['TikTok Ads Manager', 'TikTok for Business']),
  s('Meta Business Suite', 'business', ['Meta Business Manager', 'Facebook Business Manager']),
  // Process safety.
  s('LOPA', 'methodology', ['Layer of Protection Analysis']),
  s('Management of Change', 'methodology', ['MOC process', 'Management of Change (MOC)']),
  s('TapRooT', 'methodology', ['TapRooT RCA']),
  // Events and hospitality.
  s('Cvent', 'business', []),
  s('Social Tables', 'business', []),
  s('Tripleseat', 'business', []),
  // Plumbing.
  s('International Plumbing Code', 'standard', ['IPC code', 'Intl Plumbing Code']),
  s('Navien', 'hardware', []),
  s('Rinnai', 'hardware', []),
  // Inventory and kitchens.
  s('FIFO', 'methodology', ['First In, First Out', 'first-in first-out'], ['FIFO']),
  // Edge AI.
  s('NVIDIA DeepStream', 'ml', ['DeepStream', 'DeepStream SDK']),
  // Mortgage lending.
  s('Desktop Underwriter', 'business', ['Fannie Mae Desktop Underwriter', 'DU/LP']),
  s('Loan Product Advisor', 'business', ['Freddie Mac Loan Product Advisor', 'LPA (Freddie Mac)']),
  s('Optimal Blue', 'business', []),
  s('Calyx Point', 'business', ['Calyx PointCentral']),
  s('TRID', 'standard', ['TILA-RESPA Integrated Disclosure']),
  s('RESPA', 'standard', ['Real Estate Settlement Procedures Act']),
  s('HMDA', 'standard', ['Home Mortgage Disclosure Act']),
  s('ECOA', 'standard', ['Equal Credit Opportunity Act']),
  // Property management.
  s('RealPage', 'business', ['RealPage OneSite', 'OneSite']),
  s('YieldStar', 'business', ['RealPage YieldStar']),
  s('Fair Housing Act', 'standard', ['Fair Housing', 'Fair Housing laws', 'Fair Housing regulations']),
  // Clinics.
  s('ModMed', 'healthcare', ['Modernizing Medicine', 'EMA (ModMed)']),
  // Salesforce administration.
  s('Salesforce Data Loader', 'erp-crm', ['Data Loader', 'Dataloader.io'], ['Data Loader']),
  s('Salesforce Change Sets', 'erp-crm', ['Change Sets', 'Outbound Change Sets']),
  s('Financial Services Cloud', 'erp-crm', ['Salesforce Financial Services Cloud', 'FSC'], ['FSC']), // the Forest Stewardship Council too
  s('Salesforce Workflow Rules', 'erp-crm', ['Workflow Rules']),
  // Design.
  s('Human Interface Guidelines', 'standard', ['Apple Human Interface Guidelines', 'iOS Human Interface Guidelines']),
  s('FigJam', 'design', []),
];
