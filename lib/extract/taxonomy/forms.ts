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
  'Agile', 'REST', 'RADIUS', 'IIS', 'SAFe', 'Intel', 'Remedy', 'Epic', 'Outlook', 'Workday', 'Snowflake', 'Spark',
  'Rancher', 'Mocha', 'Jest', 'Maven', 'Dart', 'Groovy', 'Cucumber', 'SOAP', 'React', 'Unity',
  'Airflow', 'Confluence', 'Mercurial', 'Perforce', 'Tableau', 'Basecamp', 'REACH', 'Presto', 'Sonar', 'Blaze',
  'Argo', 'Beats', 'Macs', 'Concourse', 'Atlas', 'RAPIDS', 'Rails', 'App Store', 'TIPS', 'PALS', 'EMT', 'CISA',
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
