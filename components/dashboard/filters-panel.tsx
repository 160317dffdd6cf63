import { label } from '@/components/format';
import type { FilterOption, PostingFilters, SavedWithin } from '@/lib/insights/filter-postings';
import { EMPLOYMENT_TYPES, SENIORITIES, STATUSES, WORKPLACES } from '@/lib/posting';
import { statusLabel } from './status-label';
import { t } from '@/components/i18n';

type SetFilter = <K extends keyof PostingFilters>(key: K, value: PostingFilters[K]) => void;

function Select<T extends string>({
  id,
  title,
  value,
  options,
  onChange,
}: {
  id: string;
  title: string;
  value: T | null;
  options: Array<{ value: T; text: string }>;
  onChange: (value: T | null) => void;
}) {
  return (
    <div className="filter">
      <label htmlFor={id}>{title}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        <option value="">{t('filterAny')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

const counted = (options: FilterOption[]) => options.map((o) => ({ value: o.value, text: `${o.value} (${o.count})` }));
const labelled = <T extends string>(values: readonly T[]) => values.map((v) => ({ value: v, text: label(v) }));

/** Every filter of the table; each narrows the list (AND). */
export function FiltersPanel({
  filters: f,
  options,
  setFilter,
  onReset,
  canReset,
}: {
  filters: PostingFilters;
  options: { tags: FilterOption[]; skills: FilterOption[]; certifications: FilterOption[] };
  setFilter: SetFilter;
  onReset: () => void;
  canReset: boolean;
}) {
  return (
    <aside className="filters" aria-label={t('filters')}>
      <div className="filters-head">
        <h2>{t('filters')}</h2>
        <button type="button" className="link" onClick={onReset} disabled={!canReset}>
          {t('filtersClear')}
        </button>
      </div>
      <Select id="f-status" title={t('fieldStatus')} value={f.status} options={STATUSES.map((s) => ({ value: s, text: statusLabel(s) }))} onChange={(v) => setFilter('status', v)} />
      <Select id="f-skill" title={t('filterSkill')} value={f.skill} options={counted(options.skills)} onChange={(v) => setFilter('skill', v)} />
      <Select id="f-cert" title={t('filterCertification')} value={f.certification} options={counted(options.certifications)} onChange={(v) => setFilter('certification', v)} />
      <Select id="f-tag" title={t('filterTag')} value={f.tag} options={counted(options.tags)} onChange={(v) => setFilter('tag', v)} />
      <Select id="f-seniority" title={t('filterSeniority')} value={f.seniority} options={labelled(SENIORITIES)} onChange={(v) => setFilter('seniority', v)} />
      <Select id="f-workplace" title={t('filterWorkplace')} value={f.workplace} options={labelled(WORKPLACES)} onChange={(v) => setFilter('workplace', v)} />
      <Select
        id="f-type"
        title={t('filterEmploymentType')}
        value={f.employmentType}
        options={labelled(EMPLOYMENT_TYPES)}
        onChange={(v) => setFilter('employmentType', v)}
      />
      <div className="filter">
        <label htmlFor="f-saved">{t('filterDateSaved')}</label>
        <select id="f-saved" value={f.savedWithin} onChange={(e) => setFilter('savedWithin', e.target.value as SavedWithin)}>
          <option value="all">{t('filterAnyTime')}</option>
          <option value="7d">{t('filterLast7')}</option>
          <option value="30d">{t('filterLast30')}</option>
        </select>
      </div>
      <label className="filter-check">
        <input type="checkbox" checked={f.hasSalary} onChange={(e) => setFilter('hasSalary', e.target.checked)} />
        {t('filterSalaryStated')}
      </label>
    </aside>
  );
}
