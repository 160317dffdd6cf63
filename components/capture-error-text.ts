import { t, type MessageKey } from './i18n';
import { captureErrorMessage } from '@/lib/capture-error';

const FIELD_NAMES: Record<string, MessageKey> = { title: 'fieldNameTitle', description: 'fieldNameDescription' };
const fieldName = (english: string) => (FIELD_NAMES[english] ? t(FIELD_NAMES[english]) : english);

/** A capture failure in the browser's language; a text no message covers (an unexpected error) stays as it is. */
export function captureErrorText(message: string): string {
  const found = captureErrorMessage(message);
  if (!found) return message;
  if (found.key === 'errorIncomplete') {
    // "title and description": each field named in the browser's language, joined by its "and".
    const [first = '', second] = (found.subs[0] ?? '').split(' and ').map(fieldName);
    return t('errorIncomplete', second ? t('listAnd', first, second) : first);
  }
  return t(found.key, ...found.subs);
}
