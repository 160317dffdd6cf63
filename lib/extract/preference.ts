/**
 * Whether an item is asked for or only wished for, from the wording of its clause: a trailing
 * marker after the item ("Python is a plus", "VMWare preferred", "(preferred)") or a leading one
 * before it ("Preferably ...", "Nice to have: ..."). The first marker after the item decides, so
 * "Word and Excel required, PowerPoint and Visio preferred" splits correctly.
 */

const TRAILING =
  /\b(?:preferred|preferably|preferable|preferential|desired|desirable|a plus|big plus|huge plus|an? (?:added )?(?:asset|advantage|bonus)|advantageous|nice[- ]to[- ]have|not (?:required|mandatory|essential)|optional|a bonus|bonus)\b|\bplus\b(?=\s*[.!)]|\s*$)/gi;
const REQUIRED = /\b(?:required|must|mandatory|essential)\b/gi;
const LEADING =
  /\b(?:preferably|ideally|nice[- ]to[- ]have\s*:|bonus(?: points)?\s*:|preferred\s*:|desired\s*:|plus(?:es)?\s*:|it is preferential|preference (?:will be |is )?given|would be nice)/i;

/** The kind of the first marker found in `clause` from `from` on, or null. */
function firstMarkerAfter(clause: string, from: number): 'preferred' | 'required' | null {
  TRAILING.lastIndex = from;
  REQUIRED.lastIndex = from;
  const p = TRAILING.exec(clause);
  const r = REQUIRED.exec(clause);
  if (!p && !r) return null;
  if (p && (!r || p.index <= r.index)) return 'preferred';
  return 'required';
}

/**
 * Wording verdict for an item at `offset` (relative to `clause`) spanning `length` characters:
 * 'preferred', 'required' (explicitly), or null (the clause does not say; the section decides).
 */
export function clauseVerdict(clause: string, offset: number, length: number): 'preferred' | 'required' | null {
  const after = firstMarkerAfter(clause, offset + length);
  if (after) return after;
  const before = clause.slice(0, offset);
  if (LEADING.test(before)) return 'preferred';
  // "Preferred experience with X": a marker opening the clause governs what follows.
  if (/^\W*(?:preferred|desired|nice to have|bonus|a plus)\b/i.test(before)) return 'preferred';
  return null;
}
