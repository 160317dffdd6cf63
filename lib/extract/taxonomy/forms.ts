/**
 * The surface forms the matcher treats specially, apart from the taxonomy's entries (core.ts, data/)
 * so that the service worker, which loads the entries encoded (codec.ts), does not load those too.
 */
/**
 * Ambiguous surface forms for which the writing alone decides: "Agile" (not "an agile team"),
 * "REST" (not "rest"), "Intel" (not "threat intel"). Every other ambiguous form also needs context
 * (a neighbouring technology, a product noun after it), see `guards.ts`.
 */
export const CASE_ONLY_AMBIGUOUS: ReadonlySet<string> = new Set([
  'iPM', 'FSMA', 'CBT', 'FSC', 'RELION', 'Agile', 'REST', 'RADIUS', 'IIS', 'SAFe', 'Intel', 'Remedy', 'Epic', 'Outlook', 'Workday', 'Snowflake', 'Spark',
  'Rancher', 'Mocha', 'Jest', 'Maven', 'Dart', 'Groovy', 'Cucumber', 'SOAP', 'React', 'Unity',
  'Airflow', 'Confluence', 'Mercurial', 'Perforce', 'Tableau', 'Basecamp', 'REACH', 'Presto', 'Sonar', 'Blaze',
  'Argo', 'Beats', 'Macs', 'Concourse', 'SEPA', 'COPC', 'STP', 'RAPIDS', 'Rails', 'App Store', 'TIPS', 'PALS', 'EMT', 'CISA',
  // German's customs ("Exportkontrolle & Zoll"), not the maker of defibrillators.
  'ZOLL',
  // Dutch's "deel" (part) and Italian's "dell'" (of the), not the payroll platform and the maker.
  'Deel', 'Dell',
  // The geology database, written so; not the verb. Trellix's console, not the European Patent Office (EPO).
  'acQuire', 'ePO',
  // NVIDIA's framework, not Keysight's "Nemo" drive-test tools; the storage, not the Passivhaus designer (CEPH).
  'NeMo', 'Ceph', 'Windows',
  // Written in their own case only: an audiologist's VRA (visual reinforcement audiometry), a device's class IIb.
  'vRA', 'vROps', 'IIB',
  // French's "en vue de" (with a view to), not the framework; Indonesian's "Anda" (you), not the FDA's application.
  'Vue', 'ANDA', 'ANDAs',
  // Dutch's "flink" (considerable) and "baan" (a job), not the stream processor and the ERP.
  'Flink', 'Baan',
  // French's "approbation des comptes" (approval), not Germany's licence to practise.
  'Approbation',
  // The sequence-search tool and the museum database, written so; not mining's "Drill and Blast", rail's EMU.
  'BLAST', 'EMu',
]);

/**
 * Single words of the bulk list that are also everyday English ("Airflow" in HVAC, "New Jersey",
 * "REACH out"): treated as ambiguous even when the bulk entry does not flag them.
 */
export const ENGLISH_LIKE_FORMS: ReadonlySet<string> = new Set([
  'airflow', 'confluence', 'mercurial', 'perforce', 'tableau', 'basecamp', 'reach', 'presto', 'sonar', 'blaze', 'rapids',
  'argo', 'beats', 'macs', 'concourse', 'atlas', 'jersey', 'hudson', 'ant', 'cvs', 'glue', 'athena', 'aurora',
  'neptune', 'shield', 'notes', 'project', 'planner', 'forms', 'stream', 'loop', 'pages', 'numbers', 'keynote', 'box',
  'square', 'stripe', 'monday', 'notion', 'keep', 'sites', 'drive', 'docs', 'sheets', 'slides', 'meet', 'chat',
  'vault', 'nexus', 'salt', 'flux', 'express', 'consul', 'packer', 'vision', 'insight', 'sketch', 'compass', 'bamboo',
  'crucible', 'jet', 'hive', 'pig', 'storm', 'beam', 'echo', 'link', 'bolt', 'delta', 'alpha', 'sigma', 'lambda',
  'shell', 'scratch', 'basic', 'logo', 'crystal', 'elm', 'julia', 'mercury', 'pascal', 'ada', 'hack', 'umbrella',
  'prism', 'lens', 'harness', 'octopus', 'circle', 'drone', 'buddy', 'semaphore', 'ghost', 'foam', 'bear', 'quest',
  'toad', 'compass', 'unity', 'sign', 'bridge', 'animate', 'premiere', 'audition', 'flame', 'nuke', 'maya', 'arc',
  'core', 'edge', 'scope', 'apex', 'rest', 'spark', 'swift', 'lean', 'safe', 'chef', 'puppet', 'ruby', 'java', 'rust',
  'spring', 'go', 'access', 'office', 'teams', 'word', 'excel', 'outlook', 'exchange', 'defender', 'sentinel',
]);

/**
 * Generic areas that are never skills (LABELING.md "Excluded as generic areas"). Any entry or alias
 * of the bulk list spelled like one of these is dropped, so a broad bulk list cannot reintroduce them.
 */
export const GENERIC_TERMS: readonly string[] = [
  'networking', 'network', 'networks', 'troubleshooting', 'virtualization', 'routing', 'switching', 'firewall',
  'firewalls', 'LAN', 'WAN', 'WLAN', 'VPN', 'SAN', 'NAS', 'LAN/WAN', 'SIEM', 'SOAR', 'DLP', 'EDR', 'XDR', 'SCADA', 'PLC',
  'PLCs', 'DCS', 'HMI', 'RDBMS', 'OSI model', 'OSI', 'disaster recovery', 'backup', 'backups', 'scripting',
  'scripting languages', 'shell', 'shell scripting', 'API', 'APIs', 'REST API design', 'cloud', 'cloud computing',
  'ITSM', 'SLA', 'SLAs', 'KPI', 'KPIs', 'CSAT', 'IDS', 'IPS', 'IDS/IPS', 'IaC', 'Infrastructure as Code',
  'Infrastructure-as-Code', 'service mesh', 'monorepo', 'observability', 'canary', 'blue/green', 'SLO', 'SLOs', 'OEE',
  'TRR', 'hypervisor', 'hypervisors', 'AI', 'ML', 'machine learning', 'deep learning', 'artificial intelligence',
  'computer vision', 'language models', 'LLM', 'LLMs', 'data analysis', 'data analytics', 'automation', 'testing',
  'software development', 'SDLC', 'SaaS', 'PaaS', 'IaaS', 'GUI', 'UI', 'UX', 'help desk', 'helpdesk', 'desktop support',
  'technical support', 'customer service', 'documentation', 'project management', 'system administration',
  'web servers', 'web server', 'relational databases', 'data modeling', 'root cause analysis', 'functional safety',
  'ADAS', 'LiDAR', 'radar', 'camera', 'ultrasonic', 'IT', 'internet', 'email', 'e-mail', 'hardware', 'software',
  'database', 'databases', 'operating systems', 'security', 'cybersecurity', 'information security', 'encryption',
  'containers', 'microservices', 'DevOps', 'DevSecOps', 'SRE', 'ETL', 'big data', 'data science', 'analytics',
  'mobile', 'web', 'frontend', 'backend', 'full stack', 'telecom', 'VoIP concepts', 'storage', 'servers', 'server',
  'desktop', 'laptop', 'printers', 'mainframe', 'OOP', 'object-oriented programming', 'data structures', 'algorithms',
  'IP', 'IP routing', 'wireless', 'Wi-Fi', 'WiFi', 'Ethernet', 'fiber', 'cabling', 'MDM', 'IAM', 'SSO', 'MFA', '2FA',
  'PKI', 'EHR', 'EMR', 'ERP', 'CRM', 'BI', 'business intelligence', 'QA', 'QC', 'UAT', 'regression testing',
  'unit testing', 'integration testing', 'load testing', 'performance testing', 'test automation', 'CLI', 'IDE',
  'SQL databases', 'NoSQL', 'Layer 2', 'Layer 3', 'QoS', 'ticketing', 'ticketing systems', 'remote support',
  'pneumatics', 'hydraulics', 'electrical', 'mechanical', 'welding', 'forklift', 'OSHA',
  // HR and legal boilerplate ("FLSA Status: Exempt", EEO statements): about the employer, not skills.
  'FLSA', 'Fair Labor Standards Act', 'EEO', 'EEOC', 'FMLA', 'ADA', 'Americans with Disabilities Act', 'E-Verify',
  'OFCCP', 'I-9', 'W-2', 'ERISA', 'COBRA',
];
