/** All hand-curated modules (everything except the generated language list). */
import type { TaxonomyEntry } from '../types';
import { CLOUD } from './cloud';
import { DATA_ML } from './data-ml';
import { DATABASES } from './databases';
import { DESIGN } from './design';
import { DEVOPS } from './devops';
import { ERP_CRM } from './erp-crm';
import { FRAMEWORKS } from './frameworks';
import { INDUSTRY } from './industry';
import { PROFESSIONS_A } from './professions-a';
import { PROFESSIONS_B } from './professions-b';
import { PROFESSIONS_C } from './professions-c';
import { PROFESSIONS_D } from './professions-d';
import { PROFESSIONS_E } from './professions-e';
import { PROFESSIONS_F } from './professions-f';
import { PROFESSIONS_G } from './professions-g';
import { PROFESSIONS_H } from './professions-h';
import { PROFESSIONS_I } from './professions-i';
import { PROFESSIONS_J } from './professions-j';
import { PROFESSIONS_K } from './professions-k';
import { PROFESSIONS_L } from './professions-l';
import { PROFESSIONS_M } from './professions-m';
import { PROFESSIONS_N } from './professions-n';
import { PROFESSIONS_O } from './professions-o';
import { PROFESSIONS_P } from './professions-p';
import { PROFESSIONS_Q } from './professions-q';
import { PROFESSIONS_R } from './professions-r';
import { PROFESSIONS_S } from './professions-s';
import { PROFESSIONS_T } from './professions-t';
import { PROFESSIONS_U } from './professions-u';
import { PROFESSIONS_V } from './professions-v';
import { PROFESSIONS_W } from './professions-w';
import { PROFESSIONS_X } from './professions-x';
import { PROFESSIONS_Y } from './professions-y';
import { PROFESSIONS_Z } from './professions-z';
import { PROFESSIONS_AA } from './professions-aa';
import { PROFESSIONS_AB } from './professions-ab';
import { PROFESSIONS_AC } from './professions-ac';
import { PROFESSIONS_AD } from './professions-ad';
import { PROFESSIONS_AE } from './professions-ae';
import { PROFESSIONS_AF } from './professions-af';
import { PROFESSIONS_AG } from './professions-ag';
import { PROFESSIONS_AH } from './professions-ah';
import { PROFESSIONS_AI } from './professions-ai';
import { PROFESSIONS_AJ } from './professions-aj';
import { PROFESSIONS_AK } from './professions-ak';
import { ITSM } from './itsm';
import { LANGUAGES } from './languages';
import { MANUFACTURING_HEALTHCARE } from './manufacturing-healthcare';
import { NETWORKING } from './networking';
import { OFFICE_BUSINESS } from './office-business';
import { OS } from './os';
import { SECURITY } from './security';
import { TESTING } from './testing';
import { IT_CERTIFICATIONS } from './certifications-it';
import { OTHER_CERTIFICATIONS } from './certifications-other';
import { INTERNATIONAL_CERTIFICATIONS } from './certifications-intl';

export const CURATED_SKILLS: readonly TaxonomyEntry[] = [
  ...LANGUAGES,
  ...FRAMEWORKS,
  ...CLOUD,
  ...DEVOPS,
  ...DATABASES,
  ...NETWORKING,
  ...SECURITY,
  ...OS,
  ...ITSM,
  ...OFFICE_BUSINESS,
  ...DATA_ML,
  ...TESTING,
  ...ERP_CRM,
  ...DESIGN,
  ...MANUFACTURING_HEALTHCARE,
  ...INDUSTRY,
  ...PROFESSIONS_A,
  ...PROFESSIONS_B,
  ...PROFESSIONS_C,
  ...PROFESSIONS_D,
  ...PROFESSIONS_E,
  ...PROFESSIONS_F,
  ...PROFESSIONS_G,
  ...PROFESSIONS_H,
  ...PROFESSIONS_I,
  ...PROFESSIONS_J,
  ...PROFESSIONS_K,
  ...PROFESSIONS_L,
  ...PROFESSIONS_M,
  ...PROFESSIONS_N,
  ...PROFESSIONS_O,
  ...PROFESSIONS_P,
  ...PROFESSIONS_Q,
  ...PROFESSIONS_R,
  ...PROFESSIONS_S,
  ...PROFESSIONS_T,
  ...PROFESSIONS_U,
  ...PROFESSIONS_V,
  ...PROFESSIONS_W,
  ...PROFESSIONS_X,
  ...PROFESSIONS_Y,
  ...PROFESSIONS_Z,
  ...PROFESSIONS_AA,
  ...PROFESSIONS_AB,
  ...PROFESSIONS_AC,
  ...PROFESSIONS_AD,
  ...PROFESSIONS_AE,
  ...PROFESSIONS_AF,
  ...PROFESSIONS_AG,
  ...PROFESSIONS_AH,
  ...PROFESSIONS_AI,
  ...PROFESSIONS_AJ,
  ...PROFESSIONS_AK,
];

export const CURATED_CERTIFICATIONS: readonly TaxonomyEntry[] = [
  ...IT_CERTIFICATIONS,
  ...OTHER_CERTIFICATIONS,
  ...INTERNATIONAL_CERTIFICATIONS,
];

export const CURATED_TAXONOMY: readonly TaxonomyEntry[] = [
  ...CURATED_SKILLS,
  ...CURATED_CERTIFICATIONS,
];
