import { label } from './format';
import type { Requirement, Requirements } from '@/lib/posting';

function Chips({ items, kind }: { items: Requirement[]; kind: 'skill' | 'cert' }) {
  return (
    <ul className="chips" aria-label={kind === 'skill' ? 'Skills' : 'Certifications'}>
      {items.map((r) => (
        <li key={r.name} className={`chip chip-${kind}`} title={r.matched !== r.name ? `Written as “${r.matched}”` : r.category}>
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
  const years = r.minYearsExperience ? `${r.minYearsExperience.min}+ years of experience` : null;
  const education = r.education
    ? `${label(r.education.level)} degree${r.education.orEquivalent ? ' or equivalent experience' : ''}`
    : null;
  const required = [years, education].filter((x): x is string => Boolean(x));
  const empty = !r.skills.length && !r.certifications.length && !required.length;
  if (empty) return <p className="muted">No named skills or certifications found in this posting.</p>;
  return (
    <>
      <Group
        title="Required"
        skills={r.skills.filter((s) => s.required)}
        certs={r.certifications.filter((c) => c.required)}
        extra={required}
      />
      <Group title="Preferred" skills={r.skills.filter((s) => !s.required)} certs={r.certifications.filter((c) => !c.required)} />
    </>
  );
}
