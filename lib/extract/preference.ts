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

/**
 * The offset of the leftmost match of a global regex in a clause at or after some offset, cached
 * for the last clause asked about. The items of one clause are asked about in text order (a list
 * "Python, Java, C++, AWS ... preferred" asks once per item), and a scan from `from` finds what a
 * scan from an earlier `from` found as long as `from` has not passed it: no match starts between.
 */
class NextMatch {
  private clause = '';
  private from = -1;
  /** Where the leftmost match from `from` starts, or -1 when there is none. */
  private at = -1;

  constructor(private readonly re: RegExp) {}

  /** The offset of the leftmost match in `clause` starting at `from` or later, or -1. */
  find(clause: string, from: number): number {
    if (this.from >= 0 && from >= this.from && (this.at < 0 || from <= this.at) && clause === this.clause) return this.at;
    this.re.lastIndex = from;
    const m = this.re.exec(clause);
    this.clause = clause;
    this.from = from;
    this.at = m ? m.index : -1;
    return this.at;
  }
}

const trailing = new NextMatch(TRAILING);
const required = new NextMatch(REQUIRED);

/** The kind of the first marker found in `clause` from `from` on, or null. */
function firstMarkerAfter(clause: string, from: number): 'preferred' | 'required' | null {
  const p = trailing.find(clause, from);
  const r = required.find(clause, from);
  if (p < 0 && r < 0) return null;
  if (p >= 0 && (r < 0 || p <= r)) return 'preferred';
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
