import { factChips } from './format';
import { t } from './i18n';
import type { PostingSummary } from '@/lib/posting';

/** "Company · Location" under a job's title, or a plain word when neither was found. */
export const companyAndLocation = (p: PostingSummary): string =>
  [p.company.value, p.location.value].filter(Boolean).join(' · ') || t('companyLocationMissing');

/** A job's facts (workplace, employment type, seniority, salary, ...) as chips; nothing when none. */
export function FactChips({ posting }: { posting: PostingSummary }) {
  const chips = factChips(posting);
  if (!chips.length) return null;
  return (
    <ul className="facts" aria-label={t('jobFacts')}>
      {chips.map((f) => (
        <li key={f}>{f}</li>
      ))}
    </ul>
  );
}
