import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { none, sourced, type EmploymentType, type Sourced } from '../posting';
import type { SiteProfile } from '../sites/site-profiles';
import { cleanText, normalizeEmploymentType } from './normalize';
import { firstOf, pickText } from './pick';
import { selectFirstOf } from './query';

export interface SiteFields {
  title: Sourced<string>;
  company: Sourced<string>;
  location: Sourced<string>;
  employmentType: Sourced<EmploymentType>;
  descriptionNodes: AnyNode[];
}

/** Reads a career site's page with its profile's selectors, recording which gave each field. */
export function parseSite($: CheerioAPI, profile: SiteProfile, documentTitle: string): SiteFields {
  const name = profile.name;
  const companyFromTitle = profile.companyInTitle.map((re) => re.exec(documentTitle.trim())?.[1]).find(Boolean);
  const companyText = profile.companyInText
    ? profile.companyInText.pattern.exec(cleanText(selectFirstOf($, profile.companyInText.selector).text()) ?? '')?.[1]
    : undefined;
  const employment = pickText($, `${name}.employmentType`, profile.employmentType);
  const description = profile.description.map((s) => selectFirstOf($, s)).find((el) => el.length && cleanText(el.text()));
  return {
    title: pickText($, `${name}.title`, profile.title),
    company: firstOf<string>(
      pickText($, `${name}.company`, profile.company),
      sourced(cleanText(companyFromTitle), 'document-title'),
      sourced(cleanText(companyText), `selector:${name}.companyInText[0]`),
    ),
    location: pickText($, `${name}.location`, profile.location),
    employmentType: employment.value ? sourced(normalizeEmploymentType(employment.value), employment.source) : none(),
    descriptionNodes: description ? description.toArray() : [],
  };
}
