import DOMPurify from 'dompurify';
import { useMemo } from 'react';

/** The only tags a description may render with; no attributes at all (no links, styles, handlers). */
const ALLOWED_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'h3', 'h4'];

/**
 * Renders untrusted posting HTML. The background already rebuilt it from an allow-list; DOMPurify
 * checks it again here because this is the one place HTML reaches the DOM.
 */
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  const clean = useMemo(() => DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [] }), [html]);
  // Sanitized above: the only HTML sink in the extension.
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
