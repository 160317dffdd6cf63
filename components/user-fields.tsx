import { useState } from 'react';
import { getDb } from '@/lib/db/jobs-db';
import { parseTags } from '@/lib/insights/parse-tags';
import { STATUSES, type Posting, type Status } from '@/lib/posting';

const STATUS_LABELS: Record<Status, string> = {
  new: 'New',
  reviewing: 'Reviewing',
  shortlisted: 'Shortlisted',
  submitted: 'Submitted',
  closed: 'Closed',
};

type UserChanges = Partial<Pick<Posting, 'status' | 'tags' | 'note'>>;
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
export function UserFields({ posting: p }: { posting: Posting }) {
  const tags = p.tags.join(', ');
  return (
    <section className="user-fields" aria-label="Pipeline">
      <div className="field">
        <label htmlFor="field-status">Status</label>
        <select id="field-status" value={p.status} onChange={(e) => save(p.jobId, { status: e.target.value as Status })}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field grow">
        <SavedText key={tags} id="field-tags" label="Tags" initial={tags} placeholder="e.g. urgent, client A" onSave={(v) => save(p.jobId, { tags: parseTags(v) })} />
      </div>
      <div className="field full">
        <SavedText key={p.note} id="field-note" label="Note" initial={p.note} multiline placeholder="Your note" onSave={(note) => save(p.jobId, { note })} />
      </div>
    </section>
  );
}
