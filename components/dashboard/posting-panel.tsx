import { DuplicateNotice } from '@/components/duplicate-notice';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FactChips, companyAndLocation } from '@/components/fact-chips';
import { degree, savedAgo, yearsOfExperience } from '@/components/format';
import { t } from '@/components/i18n';
import { SafeHtml } from '@/components/safe-html';
import { useDescription } from '@/components/use-description';
import { searchInputForPosting } from '@/lib/insights/boolean-search';
import type { PostingSummary, Requirement } from '@/lib/posting';
import { BooleanSearchBox } from './boolean-search-box';
import { HighlightedDescription } from './highlighted-description';
import { UserFields } from '@/components/user-fields';

function RequirementChips({ title, items, focused, onFocus }: { title: string; items: Requirement[]; focused: Requirement | null; onFocus: (r: Requirement) => void }) {
  if (!items.length) return null;
  return (
    <section className="req-group" aria-label={title}>
      <h3>{title}</h3>
      <ul className="chips">
        {items.map((r) => (
          <li key={`${r.kind}:${r.name}`}>
            <button
              type="button"
              className={`chip chip-${r.kind === 'skill' ? 'skill' : 'cert'}${r.required ? '' : ' chip-preferred'}${r.beside ? ' chip-beside' : ''}${focused === r ? ' focused' : ''}`}
              aria-pressed={focused === r}
              title={[r.beside ? t('readBeside', r.beside) : '', r.evidence ? t('showEvidence') : t('noEvidence')].filter(Boolean).join('\n')}
              onMouseEnter={() => onFocus(r)}
              onFocus={() => onFocus(r)}
              onClick={() => onFocus(r)}
            >
              {r.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * One posting in full: facts, the user's fields, requirements found in the text, sourcing string.
 * The dashboard's rows carry no description; the panel reads this job's own.
 */
export function PostingPanel({ posting: p, onClose, onDelete }: { posting: PostingSummary; onClose: () => void; onDelete: () => void }) {
  const description = useDescription(p.jobId);
  const [focused, setFocused] = useState<Requirement | null>(null);
  const [formatted, setFormatted] = useState(false);
  const all = useMemo(() => [...p.requirements.certifications, ...p.requirements.skills], [p.requirements]);
  const searchInput = useMemo(() => searchInputForPosting(p), [p]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p.jobId]);
  const years = p.requirements.minYearsExperience;
  const education = p.requirements.education;

  return (
    <article className="panel" aria-labelledby="panel-title">
      <header className="panel-head">
        <div>
          <h2 id="panel-title" ref={heading} tabIndex={-1}>
            {p.title.value ?? t('untitledPosting')}
          </h2>
          <p className="muted">{companyAndLocation(p)}</p>
        </div>
        <button type="button" className="icon-button" aria-label={t('closeDetails')} onClick={onClose}>
          ✕
        </button>
      </header>
      <FactChips posting={p} />
      <DuplicateNotice posting={p} />
      <UserFields key={p.jobId} posting={p} idPrefix="d" />

      {(years || education) && (
        <p className="req-facts">
          {[years && yearsOfExperience(years.min), education && degree(education, false)]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <RequirementChips title={t('required')} items={all.filter((r) => r.required)} focused={focused} onFocus={setFocused} />
      <RequirementChips title={t('preferred')} items={all.filter((r) => !r.required)} focused={focused} onFocus={setFocused} />

      <section aria-label={t('description')} className="panel-section">
        <div className="section-head">
          <h3>{t('description')}</h3>
          <div className="segmented" role="group" aria-label={t('descriptionView')}>
            <button type="button" aria-pressed={!formatted} onClick={() => setFormatted(false)}>
              {t('requirementsMarked')}
            </button>
            <button type="button" aria-pressed={formatted} onClick={() => setFormatted(true)}>
              {t('formatted')}
            </button>
          </div>
        </div>
        {description === undefined ? null : formatted ? (
          <SafeHtml className="description-body" html={description.descriptionHtml} />
        ) : (
          <HighlightedDescription text={description.descriptionText} requirements={all} evidence={focused?.evidence ?? null} />
        )}
      </section>

      <section aria-label={t('sourcingSearch')} className="panel-section">
        <h3>{t('sourcingSearch')}</h3>
        <BooleanSearchBox input={searchInput} label={t('booleanForJob')} />
      </section>

      <footer className="panel-actions">
        {p.url && (
          <a className="button" href={p.url} target="_blank" rel="noreferrer noopener">
            {t('openPosting')}
          </a>
        )}
        <button type="button" className="button danger" onClick={onDelete}>
          {t('actionDelete')}
        </button>
        <span className="muted small">{t('savedWhen', savedAgo(p.capturedAt))}</span>
      </footer>
    </article>
  );
}
