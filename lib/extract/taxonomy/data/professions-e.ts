/**
 * Hand-curated codes, standards and tickets of the trades outside the US (part e): Canada's
 * electrical code and provincial certificates, the UK's forklift accreditations, wiring
 * qualification and gas register, Australia's welding standards and high-risk work licences,
 * Germany's electrical safety rules and qualified electrician, Mexico's NOM safety standards.
 * Acronyms that are also other things ("CEC", "EFK", "LVR") are ambiguous forms; Ontario's trade
 * codes alone ("309A") are not listed: a Red Seal names its trade by them too. Data only.
 */
import type { TaxonomyEntry } from '../types';
import { c, s } from './helpers';

export const PROFESSIONS_E: readonly TaxonomyEntry[] = [
  // Canada
  s('Canadian Electrical Code', 'standard', ['CEC', 'CE Code', 'CSA C22.1'], ['CEC']),
  s('CSA Z462', 'standard', ['Z462', 'CSA Z462 arc flash']),
  s('CSA W59', 'standard', ['W59', 'CSA W59 welded steel construction']),
  s('CSA W47.1', 'standard', ['W47.1', 'CWB W47.1']),
  c('Power Engineer 4th Class', ['4th Class Power Engineer', 'Fourth Class Power Engineer', '4th Class Power Engineering certificate', '4th Class Power Engineering']),
  c('Power Engineer 3rd Class', ['3rd Class Power Engineer', 'Third Class Power Engineer', '3rd Class Power Engineering certificate']),
  c('General Machinist 429A', ['General Machinist (429A)', 'General Machinist Certificate of Qualification']),
  c('Industrial Electrician 442A', ['Industrial Electrician (442A)']),
  c('Construction and Maintenance Electrician 309A', ['Construction and Maintenance Electrician (309A)']),
  c('Standard First Aid', ['Standard First Aid and CPR', 'Standard First Aid with CPR/AED', 'SFA']),
  c('OFA Level 1', ['Occupational First Aid Level 1', 'OFA 1', 'OFA Level 3', 'Occupational First Aid']),
  // United Kingdom
  c('RTITB', ['RTITB certificate', 'RTITB licence', 'RTITB accredited', 'RTITB counterbalance']),
  c('ITSSAR', ['ITSSAR certificate', 'ITSSAR accredited']),
  c('AITT', ['AITT certificate', 'AITT accredited']),
  c('18th Edition', ['18th Edition qualification', '18th Edition certificate', 'C&G 2382', 'City & Guilds 2382', 'City and Guilds 2382', '2382-22']),
  c('AM2', ['AM2 assessment', 'AM2E'], ['AM2']),
  c('Gas Safe', ['Gas Safe registered', 'Gas Safe registration', 'Gas Safe Register']),
  c('NVQ Level 3', ['NVQ Level 3 Diploma', 'Level 3 NVQ', 'NVQ L3']),
  c('NVQ Level 2', ['NVQ Level 2 Diploma', 'Level 2 NVQ', 'NVQ L2']),
  s('LOLER', 'standard', ['Lifting Operations and Lifting Equipment Regulations']),
  s('PUWER', 'standard', ['Provision and Use of Work Equipment Regulations']),
  // Australia and New Zealand
  s('AS/NZS 1554', 'standard', ['AS/NZS 1554.1', 'AS 1554', 'AS 1554.1', 'AS/NZS 1554.6']),
  c('AS/NZS 2980 welding ticket', ['AS/NZS 2980', 'AS 2980', 'AS/NZS ISO 9606']),
  c('High Risk Work Licence', ['HRWL', 'High Risk Work License', 'High Risk Licence']),
  c('Dogging licence', ['Dogging High Risk Work Licence', 'Dogging ticket', 'Dogging (DG)', 'High Risk Work Licence - Dogging', 'DG licence']),
  c('EWP licence', ['EWP ticket', 'Boom-type EWP (WP)', 'Boom-type EWP', 'EWPA Yellow Card', 'WP licence', 'High Risk Work Licence WP', 'HRWL WP']),
  c('Gas Test Atmospheres', ['Gas Test Atmospheres ticket', 'MSMWHS217', 'Gas test atmospheres certificate']),
  c('LV Rescue', ['LVR', 'Low Voltage Rescue', 'LV Rescue and CPR'], ['LVR']),
  c('Pole Top Rescue', ['Pole Top Rescue certificate']),
  s('Electrical Safety Act 2002', 'standard', ['Electrical Safety Act', 'Electrical Safety Regulation 2013']),
  // Germany
  s('DGUV Vorschrift 3', 'standard', ['DGUV Regulation 3', 'DGUV V3', 'BGV A3', 'DGUV Vorschrift 3 Prüfung']),
  c('Elektrofachkraft', ['Elektrofachkraft (EFK)', 'EFK', 'Elektrofachkraft für festgelegte Tätigkeiten', 'EFKffT'], ['EFK']),
  // Japan's language proficiency test, asked for by level.
  c('JLPT N1', ['JLPT Level N1', 'Japanese-Language Proficiency Test N1']),
  c('JLPT N2', ['JLPT Level N2', 'Japanese-Language Proficiency Test N2']),
  c('JLPT N3', ['JLPT Level N3', 'Japanese-Language Proficiency Test N3']),
  // Mexico
  s('NOM-029-STPS', 'standard', ['NOM-029', 'NOM-029-STPS-2011']),
  s('NOM-009-STPS', 'standard', ['NOM-009', 'NOM-009-STPS-2011']),
  s('NOM-033-STPS', 'standard', ['NOM-033', 'NOM-033-STPS-2015']),
  s('NOM-035-STPS', 'standard', ['NOM-035', 'NOM-035-STPS-2018']),
];
