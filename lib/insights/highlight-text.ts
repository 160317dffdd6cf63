import type { Evidence, Requirement } from '../posting';
import { escapeRegExp } from '../escape-regexp';

/** A run of text and how it is marked: a requirement's words, the evidence sentence, or both. */
export interface TextSegment {
  text: string;
  /** Set on the words of a requirement as written in the text. */
  term: 'required' | 'preferred' | null;
  /** True inside the evidence sentence of the focused requirement. */
  evidence: boolean;
}

/**
 * Where each requirement occurs in the text, as written (`matched`, "Kubernetes clusters") or by
 * its name ("Kubernetes"), case-insensitive and on word boundaries ("Go" does not mark "Google").
 * Earlier and longer matches win overlaps.
 */
export function termRanges(text: string, requirements: readonly Requirement[]): Array<Evidence & { required: boolean }> {
  const found: Array<Evidence & { required: boolean }> = [];
  const terms = new Map<string, boolean>();
  for (const r of requirements) {
    for (const surface of [r.matched, r.name]) {
      const t = surface.trim().toLowerCase();
      if (t) terms.set(t, (terms.get(t) ?? false) || r.required);
    }
  }
  for (const [term, required] of terms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, required });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  for (const r of found) if (!kept.length || r.start >= kept[kept.length - 1]!.end) kept.push(r);
  return kept;
}

/**
 * Splits the text at every term and evidence boundary, so a view can wrap runs in <mark> as React
 * text nodes (no HTML). `evidence` offsets are clamped to the text.
 */
export function highlightSegments(text: string, requirements: readonly Requirement[], evidence: Evidence | null = null): TextSegment[] {
  const terms = termRanges(text, requirements);
  const ev = evidence ? { start: Math.max(0, Math.min(evidence.start, text.length)), end: Math.max(0, Math.min(evidence.end, text.length)) } : null;
  const cuts = new Set([0, text.length]);
  for (const t of terms) cuts.add(t.start).add(t.end);
  if (ev && ev.end > ev.start) cuts.add(ev.start).add(ev.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  let ti = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (ti < terms.length && terms[ti]!.end <= start) ti++;
    const t = terms[ti];
    const term = t && t.start <= start && end <= t.end ? (t.required ? 'required' : 'preferred') : null;
    const inEvidence = Boolean(ev && ev.start <= start && end <= ev.end);
    const last = segments[segments.length - 1];
    if (last && last.term === term && last.evidence === inEvidence && term === null) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), term, evidence: inEvidence });
  }
  return segments;
}
