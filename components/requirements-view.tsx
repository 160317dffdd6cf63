import { degree, yearsOfExperience } from './format';
import { t, type MessageKey } from './i18n';
import type { Requirement, Requirements } from '@/lib/posting';

/** Skill groups in display order (taxonomy categories; lib/extract/taxonomy/types.ts). */
const CATEGORY_LABELS: Record<string, MessageKey> = {
  'language': 'category_language',
  'framework': 'category_framework',
  'library': 'category_library',
  'database': 'category_database',
  'cloud': 'category_cloud',
  'devops': 'category_devops',
  'os': 'category_os',
  'networking': 'category_networking',
  'security': 'category_security',
  'identity': 'category_identity',
  'itsm': 'category_itsm',
  'collaboration': 'category_collaboration',
  'office': 'category_office',
  'data': 'category_data',
  'ml': 'category_ml',
  'testing': 'category_testing',
  'design': 'category_design',
  'erp-crm': 'category_erp_crm',
  'hardware': 'category_hardware',
  'protocol': 'category_protocol',
  'standard': 'category_standard',
  'methodology': 'category_methodology',
  'business': 'category_business',
  'manufacturing': 'category_manufacturing',
  'healthcare': 'category_healthcare',
  'other': 'category_other',
};
const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS);

function Chips({ items, kind }: { items: Requirement[]; kind: 'skill' | 'cert' }) {
  return (
    <ul className="chips" aria-label={kind === 'skill' ? t('skills') : t('certifications')}>
      {items.map((r) => (
        <li
          key={r.name}
          className={`chip chip-${kind}${r.beside ? ' chip-beside' : ''}`}
          title={r.beside ? t('readBeside', r.beside) : r.matched !== r.name ? t('writtenAs', r.matched) : undefined}
        >
          {r.name}
        </li>
      ))}
    </ul>
  );
}

/** Skills by category ("Cloud: AWS, Azure"), categories in taxonomy order, unknown ones last. */
function SkillsByCategory({ skills }: { skills: Requirement[] }) {
  const groups = new Map<string, Requirement[]>();
  for (const s of skills) {
    const category = s.category in CATEGORY_LABELS ? s.category : 'other';
    groups.set(category, [...(groups.get(category) ?? []), s]);
  }
  const ordered = [...groups].sort(([a], [b]) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b));
  return (
    <>
      {ordered.map(([category, items]) => (
        <div key={category} className="cat-row">
          <span className="cat">{t(CATEGORY_LABELS[category] ?? 'category_other')}</span>
          <Chips items={items} kind="skill" />
        </div>
      ))}
    </>
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
      {skills.length > 0 && <SkillsByCategory skills={skills} />}
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
