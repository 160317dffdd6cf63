import { useState } from 'react';
import { getDb } from '@/lib/db/jobs-db';
import { parseTags } from '@/lib/insights/parse-tags';
import { STATUSES, type PostingSummary, type Status } from '@/lib/posting';
import { statusLabel } from './dashboard/status-label';
import { t } from './i18n';

type UserChanges = Partial<Pick<PostingSummary, 'status' | 'tags' | 'note'>>;
const save = (jobId: string, changes: UserChanges) => void getDb().postings.update(jobId, changes);

/** A text field saved on blur (and Enter for one-liners), showing what is stored when it was mounted. */
function SavedText(props: { id: string; label: string; initial: string; multiline?: boolean; placeholder: string; onSave: (value: string) => void }) {
  const [value, setValue] = useState(props.initial);
  const commit = () => value !== props.initial && props.onSave(value);
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea id={props.id} value={value} rows={2} placeholder={props.placeholder} onChange={(e) => setValue(e.target.value)} onBlur={commit} />
      ) : (
        <input
          id={props.id}
          value={value}
          placeholder={props.placeholder}
          onChange={(e) => setValue(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
    </>
  );
}

/**
 * The recruiter's own fields: pipeline status, tags, note, saved as they change and kept on
 * re-capture. Each text field is keyed by its stored value, so a save from elsewhere (the
 * dashboard) shows at once without wiping what is being typed in the other field.
 */
export function UserFields({ posting: p }: { posting: PostingSummary }) {
  const tags = p.tags.join(', ');
  return (
    <section className="user-fields" aria-label={t('pipeline')}>
      <div className="field">
        <label htmlFor="field-status">{t('fieldStatus')}</label>
        <select id="field-status" value={p.status} onChange={(e) => save(p.jobId, { status: e.target.value as Status })}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field grow">
        <SavedText key={tags} id="field-tags" label={t('fieldTags')} initial={tags} placeholder={t('tagsPlaceholder')} onSave={(v) => save(p.jobId, { tags: parseTags(v) })} />
      </div>
      <div className="field full">
        <SavedText key={p.note} id="field-note" label={t('fieldNote')} initial={p.note} multiline placeholder={t('notePlaceholder')} onSave={(note) => save(p.jobId, { note })} />
      </div>
    </section>
  );
}
