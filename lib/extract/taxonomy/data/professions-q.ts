/**
 * Hand-curated names of people work, plastics and plant reliability, and the software a sales,
 * product or mobile team works in (part q): payroll suites and job boards, learning design's
 * tools and evaluation model, injection moulding's machines and method, condition monitoring,
 * change management, VFX, motion design and game engines' tools, and the tools of sales development,
 * research, QA and Android apps. Data only.
 */
import type { TaxonomyEntry } from '../types';
import { c, s } from './helpers';

export const PROFESSIONS_Q: readonly TaxonomyEntry[] = [
  // Payroll, HR and recruiting: suites by country, job boards, job evaluation
  s('Zucchetti', 'erp-crm', ['Zucchetti HR', 'Zucchetti Paghe', 'Zucchetti Infinity']),
  s('TeamSystem', 'erp-crm', ['TeamSystem HR', 'TeamSystem Paghe']),
  s('Inaz', 'erp-crm', ['Inaz Paghe', 'Inaz HR']),
  s('SmartHR', 'erp-crm', []),
  s('KING OF TIME', 'erp-crm', ['KING OF TIME勤怠']),
  s('給与奉行', 'erp-crm', ['奉行シリーズ', '給与奉行クラウド']),
  s('freee人事労務', 'erp-crm', ['freee HR']),
  s('OCC Mundial', 'business', ['OCCMundial']),
  s('Computrabajo', 'business', []),
  s('Indeed', 'business', ['Indeed Recruiter', 'Indeed Employer'], ['Indeed']),
  s('Hay Method', 'methodology', ['Hay job evaluation', 'Hay Group job evaluation', 'Korn Ferry Hay Guide Chart', 'Hay Guide Chart']),
  c('Payroll Compliance Practitioner', ['PCP designation']),
  c('LinkedIn Certified Professional – Recruiter', ['LinkedIn Certified Professional Recruiter', 'LinkedIn Recruiter certification']),
  c('Consulente del Lavoro', ['abilitazione a Consulente del Lavoro', 'iscrizione all’Albo dei Consulenti del Lavoro']),
  c('社会保険労務士', ['社労士']),
  c('給与計算実務能力検定', []),

  // Learning design
  s('Workday Learning', 'erp-crm', []),
  s('Lectora', 'design', ['Lectora Inspire', 'Lectora Online']),
  s('Kirkpatrick Model', 'methodology', ['Kirkpatrick', 'Kirkpatrick evaluation', 'Kirkpatrick’s four levels', "Kirkpatrick's four levels", 'Kirkpatrick levels'], ['Kirkpatrick']),
  c('APTD', ['Associate Professional in Talent Development']),

  // Injection moulding, presses and machine tools
  s('Scientific Molding', 'manufacturing', ['Scientific Moulding', 'scientific injection molding', 'Decoupled Molding', 'Decoupled Moulding']),
  s('RJG eDART', 'manufacturing', ['eDART', 'RJG CoPilot']),
  c('RJG Master Molder', ['Master Molder', 'RJG Master Molder I', 'RJG Master Molder II']),
  s('Engel', 'hardware', ['ENGEL injection molding machines'], ['Engel']),
  s('Arburg', 'hardware', ['ARBURG', 'Arburg Allrounder']),
  s('KraussMaffei', 'hardware', ['Krauss Maffei', 'Krauss-Maffei']),
  s('Moldflow', 'design', ['Autodesk Moldflow', 'Moldflow Insight', 'Moldflow Adviser']),
  s('Hermle', 'hardware', ['Hermle machining centres']),
  s('Schuler', 'hardware', ['Schuler presses'], ['Schuler']),
  s('SINAMICS', 'hardware', ['Siemens SINAMICS', 'Sinamics drives']),

  // Reliability and condition monitoring
  s('Weibull analysis', 'methodology', ['Weibull', 'Weibull distribution analysis']),
  s('Fault Tree Analysis', 'methodology', ['FTA'], ['FTA']),
  s('SKF @ptitude Analyst', 'hardware', ['@ptitude Analyst', 'SKF @ptitude']),
  s('SKF Microlog', 'hardware', ['Microlog', 'Microlog Analyzer']),
  s('Why-Why analysis', 'methodology', ['Why-Why', 'Why Why analysis']),
  s('VDA Band 2', 'standard', ['VDA Volume 2', 'VDA 2', 'VDA-Band 2']),

  // Electrical qualifications by country: Poland's SEP certificates (operation E, supervision D)
  c('SEP E', ['uprawnienia SEP E', 'świadectwo kwalifikacyjne SEP E', 'SEP E1', 'SEP grupa 1 E', 'uprawnienia eksploatacyjne SEP']),
  c('SEP D', ['uprawnienia SEP D', 'świadectwo kwalifikacyjne SEP D', 'SEP D1', 'SEP grupa 1 D', 'uprawnienia dozorowe SEP']),
  s('QRmaint', 'manufacturing', []),

  // Change management and product development
  s('Stage-Gate', 'methodology', ['Stage Gate', 'Stage-Gate process', 'stage-gate innovation process']),
  c('Prosci', ['Prosci Change Management Certification', 'Prosci certified', 'Prosci Certified Change Practitioner']),
  s('ADKAR', 'methodology', ['Prosci ADKAR', 'ADKAR model']),

  // Internal communications, commerce, sales development, research and design systems
  s('Poppulo', 'collaboration', []),
  s('Staffbase', 'collaboration', []),
  s('VTEX', 'business', ['VTEX IO']),
  s('Clay', 'business', ['Clay.com'], ['Clay']),
  s('Dovetail', 'design', [], ['Dovetail']),
  s('Zeroheight', 'design', ['zeroheight']),
  c('NN/g UX Certification', ['NN/g UX certificate', 'Nielsen Norman Group UX Certification', 'NN/g certification']),
  s('Exact Online', 'erp-crm', []),
  s('Moneybird', 'erp-crm', []),
  s('Bacs', 'standard', ['Bacs Direct Credit', 'Bacs payments'], ['Bacs']),
  s('CASL', 'standard', ["Canada's Anti-Spam Legislation", 'Canada Anti-Spam Legislation'], ['CASL']),

  // VFX, motion, games and localisation
  s('Autodesk Flame', 'design', ['Flame'], ['Flame']),
  s('Silhouette', 'design', ['SilhouetteFX', 'Boris FX Silhouette'], ['Silhouette']),
  s('ACES', 'standard', ['Academy Color Encoding System'], ['ACES']),
  s('OpenColorIO', 'library', ['OCIO']),
  s('MOGRT', 'design', ['Motion Graphics Templates', 'motion graphics template', '.mogrt']),
  s('Apple ProRes', 'design', ['ProRes', 'ProRes 422', 'ProRes 4444']),
  s('X-Particles', 'design', ['XParticles', 'Insydium X-Particles']),
  s('Unreal Insights', 'testing', []),
  s('Duik', 'design', ['Duik Ángela', 'Duik Bassel']),
  s('Photo Mechanic', 'design', []),
  s('StreamYard', 'collaboration', []),
  s('LucidLink', 'collaboration', []),
  s('UGUI', 'framework', ['Unity UI', 'uGUI']),
  s('Unity Addressables', 'library', ['Addressables', 'Addressable Asset System']),
  s('UniTask', 'library', []),
  s('UniRx', 'library', []),
  s('Lokalise', 'collaboration', []),
  s('Crowdin', 'collaboration', []),
  s('ICU MessageFormat', 'standard', ['ICU message format', 'ICU message syntax']),

  // QA and Android
  c('ISTQB Advanced Level Test Automation Engineer', ['ISTQB CTAL-TAE', 'CTAL-TAE', 'ISTQB Test Automation Engineer', 'ISTQB Advanced Test Automation Engineer']),
  s('Bloc', 'library', ['flutter_bloc', 'BLoC pattern', 'BLoC'], ['Bloc']),
  s('Room', 'library', ['Room database', 'Room persistence library', 'Android Room'], ['Room']),
];
