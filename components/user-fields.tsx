import { useEffect, useRef, useState } from 'react';
import { updatePosting } from './dashboard/posting-updates';
import { parseTags } from '@/lib/insights/parse-tags';
import { STATUSES, type PostingSummary, type Status } from '@/lib/posting';
import { statusLabel } from './dashboard/status-label';
import { t } from './i18n';

/** How long the note waits after the last keystroke before it saves itself. */
const NOTE_PAUSE_MS = 600;

/**
 * A field's text, saved by `commit`, that follows the stored value when it changes elsewhere (the
 * other page, a bulk tag) unless the field holds typing of its own not yet saved.
 */
function useStoredText(stored: string): [string, (value: string) => void, (value: string) => boolean] {
  const [value, setValue] = useState(stored);
  const last = useRef(stored); // what this field last saw stored or saved
  useEffect(() => {
    if (stored === last.current) return;
    // Stored elsewhere: take it unless the field was edited since (then the next save wins).
    setValue((current) => (current === last.current ? stored : current));
    last.current = stored;
  }, [stored]);
  const markSaved = (saved: string) => {
    if (saved === last.current) return false;
    last.current = saved;
    return true;
  };
  return [value, setValue, markSaved];
}

/**
 * The recruiter's own fields on a saved job, in the popup and the dashboard: pipeline status
 * (saved at once), tags (on Enter or leaving the field, tidied), note (as you pause and on
 * leaving). They are kept on re-capture. `idPrefix` keeps the ids unique on the page.
 */
export function UserFields({ posting: p, idPrefix }: { posting: PostingSummary; idPrefix: string }) {
  const [tags, setTags, tagsSaved] = useStoredText(p.tags.join(', '));
  const [note, setNote, noteSaved] = useStoredText(p.note);
  const [saved, setSaved] = useState(false);
  const save = async (changes: Partial<Pick<PostingSummary, 'status' | 'tags' | 'note'>>) => {
    await updatePosting(p.jobId, changes);
    setSaved(true);
  };
  const saveTags = () => {
    const next = parseTags(tags);
    const text = next.join(', ');
    setTags(text);
    if (tagsSaved(text)) void save({ tags: next });
  };
  const saveNote = (value: string) => {
    if (noteSaved(value)) void save({ note: value });
  };
  useEffect(() => {
    const timer = setTimeout(() => saveNote(note), NOTE_PAUSE_MS);
    return () => clearTimeout(timer);
  });

  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <section className="user-fields" aria-label={t('pipeline')}>
      <div className="field">
        <label htmlFor={id('status')}>{t('fieldStatus')}</label>
        <select id={id('status')} value={p.status} onChange={(e) => void save({ status: e.target.value as Status })}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-grow">
        <label htmlFor={id('tags')}>{t('fieldTags')}</label>
        <input
          id={id('tags')}
          value={tags}
          placeholder={t('tagsPlaceholder')}
          onChange={(e) => setTags(e.target.value)}
          onBlur={saveTags}
          onKeyDown={(e) => e.key === 'Enter' && saveTags()}
        />
      </div>
      <div className="field field-full">
        <label htmlFor={id('note')}>{t('fieldNote')}</label>
        <textarea id={id('note')} rows={3} value={note} placeholder={t('notePlaceholder')} onChange={(e) => setNote(e.target.value)} onBlur={() => saveNote(note)} />
      </div>
      <span className="saved-hint" aria-live="polite">
        {saved ? t('savedCheck') : ''}
      </span>
    </section>
  );
}
