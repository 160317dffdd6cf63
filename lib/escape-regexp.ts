/** `s` as literal regular-expression text: every character a pattern gives a meaning to, escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
