/**
 * Hand-curated names of farming, food and aquaculture assurance, banking law and financial crime,
 * and laboratory research (part p): assurance schemes and their growers' software, the laws,
 * master agreements and rulebooks banks work under, and the instruments, chemistry databases and
 * image-analysis software of research labs. Data only.
 */
import type { TaxonomyEntry } from '../types';
import { c, s } from './helpers';

export const PROFESSIONS_P: readonly TaxonomyEntry[] = [
  // Farming, food and aquaculture: assurance schemes, growers' and herds' software, spray tickets
  s('Red Tractor', 'standard', ['Red Tractor Assurance', 'Red Tractor Farm Assurance']),
  s('LEAF Marque', 'standard', []),
  s('Fairtrade', 'standard', ['Fairtrade certification', 'Fairtrade International']),
  s('Rainforest Alliance', 'standard', ['Rainforest Alliance certification']),
  s('PEFC', 'standard', ['Programme for the Endorsement of Forest Certification']),
  s('Cerflor', 'standard', []),
  s('ISO 22000', 'standard', ['ISO 22000:2018']),
  s('Muddy Boots', 'business', ['Muddy Boots Greenlight']),
  s('Priva', 'hardware', ['Priva Connext', 'Priva climate computer']),
  s('Hoogendoorn', 'hardware', ['Hoogendoorn iSii']),
  s('AquaManager', 'business', []),
  s('Fishtalk', 'business', []),
  s('DairyPlan', 'business', ['GEA DairyPlan', 'DairyPlan C21']),
  c('BASIS Certificate in Crop Protection', ['BASIS Crop Protection', 'BASIS Certificate', 'BASIS qualification']),
  c('NRoSO', ['National Register of Sprayer Operators']),

  // Banking law, payments and financial crime
  s('ISDA', 'standard', ['ISDA Master Agreement', 'ISDA documentation']),
  s('GMRA', 'standard', ['Global Master Repurchase Agreement']),
  s('PSD2', 'standard', ['Payment Services Directive 2', 'PSD 2', 'Second Payment Services Directive']),
  s('PSD3', 'standard', ['PSD 3']),
  s('FCA Handbook', 'standard', []),
  s('Payment Services Regulations', 'standard', ['Payment Services Regulations 2017', 'PSRs 2017']),
  s('Electronic Money Regulations', 'standard', ['Electronic Money Regulations 2011', 'EMRs 2011']),
  s('KWG', 'standard', ['Kreditwesengesetz']),
  s('GwG', 'standard', ['Geldwäschegesetz']),
  s('Wwft', 'standard', ['Wet ter voorkoming van witwassen en financieren van terrorisme']),
  s('Wft', 'standard', ['Wet op het financieel toezicht']),
  s('PMLA', 'standard', ['Prevention of Money Laundering Act', 'PML Act']),
  s('MAS Notice 626', 'standard', ['MAS 626']),
  s('CPS 230', 'standard', ['APRA CPS 230']),
  s('Three Lines Model', 'methodology', ['Three Lines of Defence', 'Three Lines of Defense', '3 Lines of Defence', 'three lines of defence model']),
  s("Moody's RiskCalc", 'data', ['RiskCalc']),
  s('SIRON AML', 'business', ['SIRON', 'FICO TONBELLER SIRON']),
  s('Litera Compare', 'office', ['Workshare Compare']),
  c('ICA International Certificate in Anti-Money Laundering', ['ICA Certificate in Anti-Money Laundering', 'ICA International Certificate in AML']),

  // Laboratory research: chemistry databases, cryo-EM and image analysis, lab automation
  s('ChemDraw', 'design', ['ChemDraw Professional', 'ChemOffice']),
  s('SciFinder', 'data', ['CAS SciFinder', 'SciFinder-n']),
  s('Reaxys', 'data', []),
  s('cryoSPARC', 'data', []),
  // Also ABB's relay family, written "ABB Relion" (that entry): alone, cryo-EM's beside its world (guards.ts).
  s('RELION', 'data', [], true),
  s('UCSF ChimeraX', 'data', ['ChimeraX', 'UCSF Chimera']),
  s('napari', 'data', []),
  s('Cellpose', 'ml', []),
  s('StarDist', 'ml', []),
  s('OMERO', 'data', []),
  s('Bio-Formats', 'data', ['Bioformats']),
  s('Titan Krios', 'hardware', ['Krios', 'Thermo Fisher Krios']),
  s('Vitrobot', 'hardware', ['Vitrobot Mark IV']),
  s('Tecan', 'hardware', []),
  s('Quartzy', 'business', []),
  s('CDASH', 'healthcare', []),

  // Retail, marketplaces and consumer goods (set-84): marketplace programmes, retail data, store rosters
  s('Fulfillment by Amazon', 'business', ['Fulfilment by Amazon', 'FBA', 'Amazon FBA']),
  s('Amazon Brand Registry', 'business', ['Brand Registry']),
  s('Walmart Retail Link', 'business', ['Retail Link']),
  s('Mercado Ads', 'business', []),
  s('Kantar', 'data', ['Kantar Worldpanel']),
  s('IQVIA', 'data', ['IQVIA data']),
  s('Quinyx', 'business', []),
  s('Repsly', 'business', []),
  s('GPSR', 'standard', ['General Product Safety Regulation']),
  s('EU Cosmetics Regulation', 'standard', ['Regulation (EC) No 1223/2009', 'Regulation (EC) 1223/2009', 'Regolamento (CE) 1223/2009', 'Regolamento CE 1223/2009']),
  s('BCEA', 'standard', ['Basic Conditions of Employment Act']),
  s('Emergency Severity Index', 'healthcare', ['ESI triage']),

  // Hospitality and travel (set-87): reputation and guest systems, baggage tracing, tour operations, sustainability
  s('ReviewPro', 'business', ['Shiji ReviewPro']),
  s('TrustYou', 'business', []),
  s('Revinate', 'business', []),
  s('WorldTracer', 'business', ['SITA WorldTracer']),
  s('Tourplan', 'business', []),
  s('EarthCheck', 'standard', ['EarthCheck certification']),
  s('Distintivo H', 'standard', []),

  // Power systems and energy markets (set-88): grounding studies, relays' software, simulators, exchanges
  s('CDEGS', 'design', ['SES CDEGS']),
  s('WinIGS', 'design', []),
  s('DIGSI', 'design', ['Siemens DIGSI', 'DIGSI 5', 'DIGSI 4']),
  s('COMTRADE', 'standard', ['IEEE C37.111']),
  s('RTDS', 'hardware', ['RTDS Simulator', 'Real Time Digital Simulator']),
  s('Ingeteam', 'hardware', []),
  s('HTRI Xchanger Suite', 'design', ['HTRI']),
  s('Aspen Flare System Analyzer', 'design', ['Aspen Flarenet']),
  s('EPEX SPOT', 'business', ['EPEX']),
  s('N2EX', 'business', []),
  s('Nord Pool', 'business', []),
  s('Balancing and Settlement Code', 'standard', []),
];
