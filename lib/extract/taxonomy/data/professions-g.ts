/**
 * Hand-curated names of energy, utilities, mining, rail, aviation, marine and agriculture work
 * (part g): mine planning and geology software, the JORC Code, protection relays and test sets,
 * cable accessories and grid connection standards, turbine and solar makers, safety passports and
 * track safety cards, rail signalling equipment, aircraft maintenance rules and licences, ship
 * engines and their management systems, the STCW courses, farm and freight platforms. Short forms
 * that are also other things ("PTS", "COSS", "SSI") are ambiguous forms. Data only.
 */
import type { TaxonomyEntry } from '../types';
import { c, s } from './helpers';

export const PROFESSIONS_G: readonly TaxonomyEntry[] = [
  // Mining and geology
  s('Surpac', 'design', ['GEOVIA Surpac', 'Dassault Surpac']),
  s('Vulcan', 'design', ['Maptek Vulcan'], ['Vulcan']),
  s('Deswik', 'design', ['Deswik Suite']),
  s('Deswik.CAD', 'design', ['Deswik CAD']),
  s('Deswik Scheduler', 'design', ['Deswik Sched']),
  s('Micromine', 'design', []),
  s('Datamine', 'design', ['Datamine Studio', 'Studio RM']),
  s('JORC Code', 'standard', ['JORC', 'JORC 2012', 'JORC Code 2012']),
  s('NI 43-101', 'standard', ['National Instrument 43-101']),
  s('Work Health and Safety (Mines) Regulations 2022', 'standard', ['WHS (Mines) Regulations', 'Work Health and Safety (Mines) Regulations']),
  // Power: protection, test sets, cable accessories, grid codes, makers
  s('Siemens SIPROTEC', 'hardware', ['SIPROTEC', 'SIPROTEC 5']),
  s('ABB Relion', 'hardware', []),
  s('Raychem', 'hardware', ['TE Raychem', 'Raychem joints']),
  s('3M Cold Shrink', 'hardware', ['Cold Shrink', '3M cold-shrink']),
  s('ENA G81', 'standard', ['G81']),
  s('ENA G99', 'standard', ['G99', 'EREC G99']),
  s('ORHVS', 'standard', ['Operating Regulations for High Voltage Systems']),
  s('Electrical Machinery Regulations', 'standard', []),
  s('I.S. EN 50110', 'standard', ['EN 50110', 'IS EN 50110', 'BS EN 50110']),
  s('IEC 62446-1', 'standard', ['IEC 62446']),
  s('Enercon', 'hardware', []),
  s('Nordex', 'hardware', []),
  s('Vestas', 'hardware', []),
  s('Siemens Gamesa', 'hardware', ['SGRE']),
  s('Sungrow', 'hardware', []),
  s('NEXTracker', 'hardware', ['Nextracker']),
  s('Huawei FusionSolar', 'hardware', ['FusionSolar']),
  c('Pr Eng', ['Pr. Eng.', 'PrEng', 'Professional Engineer (ECSA)', 'ECSA Professional Engineer']),
  c('Pr Tech Eng', ['Pr. Tech. Eng.', 'Professional Engineering Technologist']),
  c('GCC Electrical (Factories)', ['Government Certificate of Competency (Electrical)', 'GCC Electrical']),
  c('ORHVS Authorised Person', ['ORHVS Authorisation', 'Authorised Person (ORHVS)']),
  // Safety passports, street works, track safety
  c('Safe Pass', ['SOLAS Safe Pass', 'Safe Pass card']),
  c('CCNSG Safety Passport', ['CCNSG', 'ECITB CCNSG Safety Passport', 'CCNSG passport']),
  c('EUSR SHEA Power', ['SHEA Power', 'EUSR SHEA']),
  c('NRSWA', ['NRSWA Operative', 'City & Guilds NRSWA Operative', 'NRSWA Supervisor', 'New Roads and Street Works Act card']),
  c('PTS', ['Network Rail PTS', 'Personal Track Safety', 'PTS card', 'PTS (AC/DCCR)', 'Sentinel PTS'], ['PTS']),
  c('COSS', ['Controller of Site Safety'], ['COSS']),
  c('IRSE Licence', ['IRSE license', 'IRSE licensed']),
  // Rail signalling
  s('Westlock', 'hardware', ['Westlock interlocking']),
  s('Smartlock', 'hardware', ['Smartlock interlocking']),
  s('ETCS', 'standard', ['European Train Control System', 'ERTMS/ETCS', 'ERTMS']),
  s('Frauscher FAdC', 'hardware', ['FAdC', 'Frauscher Advanced Counter']),
  // Aviation maintenance
  s('CASR Part 42', 'standard', ['Part 42 (CASR)']),
  s('CASR Part 145', 'standard', ['Part 145 (CASR)']),
  c('CASA Part 66 B1 Licence', ['CASA B1 licence', 'CASA B1.1 licence']),
  c('CASA Part 66 B2 Licence', ['CASA B2 licence']),
  // Marine
  s('Wärtsilä', 'hardware', ['Wartsila']),
  s('Kongsberg K-Chief', 'hardware', ['K-Chief']),
  s('Bergen Engines', 'hardware', []),
  s('ShipManager Technical', 'business', ['DNV ShipManager', 'ShipManager']),
  c('STCW Basic Safety Training', ['STCW BST', 'STCW Basic Training', 'STCW Basic Safety']),
  // Farms and freight
  s('WiseConn', 'business', []),
  s('TimoCom', 'business', []),
  s('Regulation (EC) No 561/2006', 'standard', ['EC 561/2006', 'Regulation 561/2006', 'Verordening (EG) nr. 561/2006', 'EU 561/2006']),
  s('DWQMS', 'standard', ['Drinking Water Quality Management Standard']),
  s('O. Reg. 170/03', 'standard', ['O. Reg 170/03', 'Ontario Regulation 170/03']),
];
