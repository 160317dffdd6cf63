import { degree, yearsOfExperience } from './format';
import { t } from './i18n';
import type { Requirement, Requirements } from '@/lib/posting';

function Chips({ items, kind }: { items: Requirement[]; kind: 'skill' | 'cert' }) {
  return (
    <ul className="chips" aria-label={kind === 'skill' ? t('skills') : t('certifications')}>
      {items.map((r) => (
        <li key={r.name} className={`chip chip-${kind}`} title={r.matched !== r.name ? t('writtenAs', r.matched) : r.category}>
          {r.name}
        </li>
      ))}
    </ul>
  );
}

function Group({ title, skills, certs, extra }: { title: string; skills: Requirement[]; certs: Requirement[]; extra?: string[] }) {
  if (!skills.length && !certs.length && !extra?.length) return null;
  return (
    <section className="req-group" aria-label={title}>
      <h3>{title}</h3>
      {extra?.map((e) => (
        <p key={e} className="req-fact">
          {e}
        </p>
      ))}
      {certs.length > 0 && <Chips items={certs} kind="cert" />}
      {skills.length > 0 && <Chips items={skills} kind="skill" />}
    </section>
  );
}

/** Requirements split into Required and Preferred, certifications first (they filter hardest). */
export function RequirementsView({ requirements: r }: { requirements: Requirements }) {
  const years = r.minYearsExperience ? yearsOfExperience(r.minYearsExperience.min) : null;
  const education = r.education ? degree(r.education, true) : null;
  const required = [years, education].filter((x): x is string => Boolean(x));
  const empty = !r.skills.length && !r.certifications.length && !required.length;
  if (empty) return <p className="muted">{t('noRequirements')}</p>;
  return (
    <>
      <Group
        title={t('required')}
        skills={r.skills.filter((s) => s.required)}
        certs={r.certifications.filter((c) => c.required)}
        extra={required}
      />
      <Group title={t('preferred')} skills={r.skills.filter((s) => !s.required)} certs={r.certifications.filter((c) => !c.required)} />
    </>
  );
}
