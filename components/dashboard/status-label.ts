import type { Status } from '@/lib/posting';

/** "shortlisted" → "Shortlisted". */
export const statusLabel = (s: Status): string => s.charAt(0).toUpperCase() + s.slice(1);
