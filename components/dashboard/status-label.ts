import { t, type MessageKey } from '@/components/i18n';
import type { Status } from '@/lib/posting';

const STATUS_LABELS: Record<Status, MessageKey> = {
  new: 'statusNew',
  reviewing: 'statusReviewing',
  shortlisted: 'statusShortlisted',
  submitted: 'statusSubmitted',
  closed: 'statusClosed',
};

/** "shortlisted" → "Shortlisted" (de: "Engere Wahl"). */
export const statusLabel = (s: Status): string => t(STATUS_LABELS[s]);
