/**
 * Hand-curated names of sales engineering, quantitative finance, water utilities, fundraising,
 * robotics, translation, fashion buying and public-sector digital work (part z): machine-vision
 * libraries and camera standards; market-data protocols, low-latency networking and pricing models;
 * process-modelling and asset-management tools; donor platforms; robot middleware, simulators and real-time
 * kernels; translation, terminology and subtitling tools; trend and planning tools; government
 * design systems and service standards. Data only.
 */
import type { TaxonomyEntry } from '../types';
import { c, s } from './helpers';

export const PROFESSIONS_Z: readonly TaxonomyEntry[] = [
  // Sales engineering and machine vision
  s('MVTec HALCON', 'library', ['HALCON']),
  s('GigE Vision', 'protocol', []),
  s('GenICam', 'protocol', []),
  s('G-Cloud', 'business', ['G-Cloud framework']),
  // Quantitative finance and trading
  s('FIX protocol', 'protocol', ['FIX API', 'FIX engine', 'Financial Information eXchange']),
  s('ITCH', 'protocol', ['Nasdaq ITCH']),
  s('Simple Binary Encoding', 'protocol', []),
  s('DPDK', 'networking', ['Data Plane Development Kit']),
  s('OpenOnload', 'networking', []),
  s('Black-Scholes', 'methodology', ['Black-Scholes model', 'Black Scholes']),
  s('Hull-White', 'methodology', ['Hull-White model']),
  s('SABR', 'methodology', ['SABR model']),
  s('MSCI Barra', 'data', []),
  s('Axioma', 'data', []),
  s('CVXPY', 'library', []),
  s('MOSEK', 'library', []),
  s('CRR', 'standard', ['Capital Requirements Regulation', 'CRR3']),
  c('CQF', ['Certificate in Quantitative Finance']),
  c('FINRA Series 57', ['Series 57']),
  // Water utilities
  s('BioWin', 'design', []),
  s('GPS-X', 'design', []),
  s('Assetic', 'business', ['Assetic Predictor']),
  s('IIMM', 'standard', ['International Infrastructure Management Manual']),
  // Fundraising
  s('Funraise', 'erp-crm', []),
  s('Engaging Networks', 'erp-crm', []),
  s('Volunteers for Salesforce', 'erp-crm', ['V4S']),
  s('Smart Debit', 'business', []),
  // Robotics
  s('MoveIt', 'framework', ['MoveIt 2', 'MoveIt2']),
  s('Nav2', 'framework', ['Navigation2']),
  s('Gazebo', 'framework', ['Gazebo Sim', 'Ignition Gazebo'], ['Gazebo']),
  s('NVIDIA Isaac Sim', 'framework', ['Isaac Sim', 'Isaac Lab']),
  s('RViz', 'framework', ['RViz2']),
  s('PREEMPT_RT', 'os', ['PREEMPT-RT', 'RT-PREEMPT']),
  s('Xenomai', 'os', []),
  s('URScript', 'language', []),
  s('URCaps', 'framework', []),
  s('ros2_control', 'framework', ['ros_control']),
  s('OMPL', 'library', ['Open Motion Planning Library']),
  s('Open3D', 'library', []),
  s('Point Cloud Library', 'library', ['PCL'], ['PCL']),
  s('MuJoCo', 'framework', []),
  s('CasADi', 'library', []),
  s('acados', 'library', []),
  // Translation, terminology and subtitling
  s('Trados MultiTerm', 'business', ['MultiTerm', 'SDL MultiTerm']),
  s('Plunet', 'business', ['Plunet BusinessManager']),
  s('XTM Cloud', 'business', ['XTM']),
  s('Smartling', 'business', []),
  s('QA Distiller', 'testing', []),
  s('Okapi Framework', 'business', ['Okapi Rainbow']),
  s('ModernMT', 'ml', []),
  s('Subtitle Edit', 'design', []),
  s('EZTitles', 'design', []),
  s('Aegisub', 'design', []),
  s('OOONA', 'design', ['OOONA Tools']),
  s('WebVTT', 'standard', []),
  s('TBX', 'standard', ['TermBase eXchange']),
  s('MQM', 'standard', ['Multidimensional Quality Metrics']),
  s('SCHEMA ST4', 'business', []),
  c('CIOL DipTrans', ['DipTrans', 'Diploma in Translation']),
  // Fashion buying
  s('WGSN', 'data', []),
  s('EDITED', 'data', [], ['EDITED']),
  s('Oracle Retail MFP', 'erp-crm', ['Oracle Retail Merchandise Financial Planning']),
  s('Oracle RPAS', 'erp-crm', []),
  s('YuniquePLM', 'erp-crm', []),
  s('Stoll M1plus', 'design', ['M1plus']),
  // Public-sector digital
  s('GOV.UK Design System', 'design', []),
  s('GOV.UK Service Standard', 'standard', []),
  s('GOV.UK Prototype Kit', 'design', []),
  s('GOV.UK One Login', 'identity', []),
  s('USWDS', 'design', ['U.S. Web Design System', 'US Web Design System']),
  s('ITSG-33', 'standard', []),
  s('IM8', 'standard', ['Instruction Manual 8']),
  s('EN 301 549', 'standard', ['AS EN 301 549']),
  s('Mural', 'collaboration', [], ['Mural']),
  c('IAAP WAS', ['WAS', 'Web Accessibility Specialist'], ['WAS']),
  c('IAAP CPACC', ['CPACC']),
];
