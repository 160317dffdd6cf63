/**
 * Whether an item is asked for or only wished for, from the wording of its clause: a trailing
 * marker after the item ("Python is a plus", "VMWare preferred", "(preferred)", "would be
 * beneficial") or a leading one before it ("Preferably ...", "Nice to have: ...", "Bonus if you
 * ..."). The first marker after the item decides, so "Word and Excel required, PowerPoint and Visio
 * preferred" splits correctly. `phraseEnd` bounds that search for a one-value item (years, a
 * degree) whose phrase ends before the next phrase's own marker ("2 years of acute care
 * experience, ICU experience strongly preferred").
 */

/**
 * Single-word markers that mark what precedes them wherever they stand ("Splunk desired",
 * "Terraform (optional)").
 */
const PLAIN_MARKER = String.raw`preferred|preferable|preferential|desired|desirable|advantageous|optional`;

/**
 * "plus" that joins a further item, not a marker: "a bachelor's degree with Mathematics as a major
 * plus a PGCE" (the subject's major, then the second award).
 */
const NOT_JOINING = String.raw`(?!\s+(?:an?|the|\d+)\s)`;

/**
 * "a plus", "a strong plus", "an asset", "a distinct advantage", "an added bonus", "big plus": the
 * noun after an optional word of degree. "an asset management tool" and "an asset-based carrier" are no marker. The form
 * without an article is matched from "plus" and checked backwards (see ADJECTIVE).
 */
const A_PLUS = String.raw`an?\s+(?:(?:big|huge|strong|definite|major|great|real|distinct|significant|added|additional|nice|valuable|clear)\s+)?(?:plus${NOT_JOINING}|asset(?!-|\s+(?:management|manager|tracking|inventory|register))|advantage|bonus)|plus${NOT_JOINING}(?<=\b(?:big|huge|strong|definite|major)\s+plus)`;

/**
 * A bare "bonus" ("Kubernetes experience (bonus)"), but not pay: "bonus plan", "bonus
 * eligibility", "bonus potential".
 */
const BONUS = String.raw`bonus(?!\s+(?:plans?|schemes?|structures?|programs?|programmes?|eligib\w*|potential|opportunit\w*|pay\w*|compensation|pool|targets?))`;

/** "nice to have", "good-to-have"; "not required", "not essential", "not a must". */
const NICE_OR_NOT = String.raw`(?:nice|good)[- ]to[- ]have|not\s+(?:required|mandatory|essential|necessary|a\s+(?:must|requirement))`;

/** A verb before an ADJECTIVE, maybe with an adverb: "would be", "is", "would also be", "is considered", "highly". */
const VERB_BEFORE = String.raw`\b(?:(?:would|will|could|may|might)\s+(?:also\s+)?be|is|are|be|considered|seen\s+as|deemed|highly)\s+(?:(?:also|very|highly|extremely|particularly|especially|really|definitely|most|more\s+than)\s+)?`;

/**
 * Adjectives that mark the item only after a verb ("would be beneficial", "is helpful", "is
 * welcome", "would also be useful", "highly valued") or at the end of the phrase ("Terraform
 * experience helpful.", "Jira experience appreciated", "... welcome but not required"): before a
 * noun they describe something else ("a helpful attitude", "mutually beneficial relationships",
 * "welcome package"), and so do they in a relative clause ("documentation that is helpful to
 * users", "partnerships that are mutually beneficial", "where your ideas are valued"). "ideal for"
 * is about the role, not the item ("Python is ideal for automation"). Matched from the adjective,
 * the verb checked backwards: each first letter the scan must try at every offset slows it (this
 * regex runs over every clause that holds an item), and "is", "are", "be" are everywhere.
 */
const ADJECTIVE = String.raw`(?:beneficial|helpful|useful|welcomed?|valued|valuable|appreciated|ideal(?!\s+for))(?:(?<=${VERB_BEFORE}\w+)|(?=\s*(?:[.!),;]|$|but\b|though\b|although\b)))(?<!\b(?:that|which|who|where)\b[^,;]{0,40})|would\s+be\s+(?:great|nice|good|awesome|fantastic|amazing)|highly\s+regarded`;

/**
 * "preferably" marks what precedes it only at the end of the phrase ("VMware preferably."):
 * followed by words it qualifies them ("5+ years of experience, preferably in healthcare",
 * "Python, preferably with Django"), and LEADING marks those.
 */
const PREFERABLY_AT_END = String.raw`preferably(?=\s*(?:[.!),;]|$))`;

const TRAILING = new RegExp(
  String.raw`\b(?:${PLAIN_MARKER}|${A_PLUS}|${BONUS}|${NICE_OR_NOT}|${ADJECTIVE}|${PREFERABLY_AT_END})\b|\bplus\b(?=\s*[.!)]|\s*$)`,
  'gi',
);
const REQUIRED = /\b(?:required|must|mandatory|essential)\b/gi;

/** Labels that introduce what follows as wished for: "Nice to have:", "Helpful:", "Desirable:". */
const LEADING_LABEL = String.raw`preferred|desired|desirable|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus(?: points)?|plus(?:es)?|helpful|beneficial|advantageous|optional|ideal`;

/**
 * Markers before the item: a preference word ("Preferably ...", "Ideally ..."), a label with a
 * colon ("Nice to have: ...", "Helpful: ..."), or a phrase that introduces what follows as extra
 * ("Bonus if you ...", "It's a plus if ...", "Extra points for ...", "We'd love ...", "Preference
 * will be given ..."). The label is matched from its colon, "a plus if" from "if" and "extra
 * points" from "points", checked backwards: matched from their first letters ("a", "e", "g", "h",
 * ...), the same markers scanned the fixtures' clauses ~2.5× slower.
 */
const LEADING = new RegExp(
  String.raw`\b(?:preferably|ideally|it is preferential|preference (?:will be |is )?given|would be nice|we(?:'d| would) love)|(?:\bif\b(?<=\b(?:plus|bonus|advantage|nice|great) if)|:(?<=\b(?:${LEADING_LABEL})\s*:)|points?(?<=\b(?:bonus|extra|brownie) points?)|credit(?<=\bextra credit))`,
  'i',
);

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

/**
 * "preferably" or "ideally" inside a clause qualifies its own phrase: a comma, then "and" and a new
 * noun phrase ("3+ years in analytics, ideally with product data, and a university degree in
 * Statistics"), starts another, which the adverb does not reach. Opening the clause ("Ideally, a
 * degree in Statistics, and …") it governs the whole.
 */
const ADVERB_INSIDE = /\w[^\w]+(?:preferably|ideally)$/i;
const AND_NEW_PHRASE = /,\s*(?:and|as well as|plus)\s+(?:an?|the|at least|a minimum|minimum|\d)\b/i;

/** Whether the leading marker ending at `lead` is such an adverb, and its phrase ends before the item at `offset`. */
const adverbEndsBefore = (clause: string, lead: number, offset: number): boolean =>
  ADVERB_INSIDE.test(clause.slice(0, lead)) && AND_NEW_PHRASE.test(clause.slice(lead, offset));

/** A marker opening the clause, which governs what follows it ("Preferred experience with X"). */
const OPENING = /^\W*(?:preferred|desired|desirable|nice to have|good to have|optional|bonus|a plus)\b/i;

/**
 * Where the leftmost match of a regex in a clause ends (-1 when none), cached for the last clause
 * asked about. A leading marker governs an item when such a match ends at or before the item: the
 * items of one clause ("Nice to have: Python, Go, Rust, ...") then cost one scan of the clause, not
 * one scan (and one copy) of the text before each. A match ending before the item but starting
 * after the leftmost one is not looked for: the leftmost would have to span the item, and no
 * marker phrase holds one.
 */
class FirstMatchEnd {
  private clause: string | null = null;
  private end = -1;

  constructor(private readonly re: RegExp) {}

  in(clause: string): number {
    if (clause === this.clause) return this.end;
    const m = this.re.exec(clause);
    this.clause = clause;
    this.end = m ? m.index + m[0].length : -1;
    return this.end;
  }
}

const trailing = new NextMatch(TRAILING);
const required = new NextMatch(REQUIRED);
const leading = new FirstMatchEnd(LEADING);
const opening = new FirstMatchEnd(OPENING);

/**
 * After an item, a comma, then one more name and its own marker: ", Tableau a plus", ", Kotlin
 * preferred", ", Kubernetes is a plus". No "and"/"or" and no further comma makes it a list of two
 * ("Python, Java or Go preferred" is one list, preferred as a whole).
 */
const NEXT_ITEM_TAIL = /^\s*,\s*(?!(?:or|and|but|plus|with|in|of)\b)[\w.+#/-]+(?:\s+(?!(?:or|and|but|with|in|of)\b)[\w.+#/-]+){0,2}\s+(?:(?:is|are|would\s+be|also|strongly|highly|very)\s+)*$/i;

/**
 * Words before an item that ask for it in their own right: a number of years, "At least",
 * "Minimum", "must", "Strong", "Proficiency in". "Familiarity with Docker, Kubernetes is a plus"
 * has none: the marker may govern both.
 */
const LEAD_IN = /\b(?:\d+\+?\s*(?:years?|yrs?)|at\s+least|minimum|must|required|strong|solid|proven|extensive|deep|expert|advanced|proficien\w*|fluen\w*)\b/i;

/**
 * Whether the first trailing marker after the item at [start, end) marks the next name instead: a
 * list of two, asked for in its own right, then ", Tableau a plus" ("At least 2 years of experience
 * with SQL, Tableau a plus" asks for SQL). Without the lead-in the marker may govern the pair.
 */
function markerOfNextItem(clause: string, start: number, end: number): boolean {
  const at = trailing.find(clause, end);
  const comma = clause.indexOf(',', end);
  if (at < 0 || comma < 0 || comma > at) return false;
  return NEXT_ITEM_TAIL.test(clause.slice(end, at)) && LEAD_IN.test(clause.slice(0, start));
}

/**
 * Whether the first trailing marker after the item at `end` closes a parenthesis of its own words,
 * opened after the item: "2-4 years of dispatch experience (asset-based carrier preferred)",
 * "Experience with SQL (PostgreSQL preferred)". It marks those words, not the item. "(preferred)"
 * alone marks the item.
 */
function markerInAside(clause: string, end: number): boolean {
  const at = trailing.find(clause, end);
  const open = clause.lastIndexOf('(', at);
  if (open < end || clause.indexOf(')', open) < at) return false;
  const close = clause.lastIndexOf(')', at);
  return close < open && /\w/.test(clause.slice(open + 1, at));
}

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
  const end = offset + length;
  const after = firstMarkerAfter(clause, end);
  if (after === 'required' || (after === 'preferred' && !markerOfNextItem(clause, offset, end) && !markerInAside(clause, end))) return after;
  const lead = leading.in(clause);
  if (lead >= 0 && lead <= offset && !adverbEndsBefore(clause, lead, offset)) return 'preferred';
  // "Preferred experience with X": a marker opening the clause governs what follows.
  const open = opening.in(clause);
  return open >= 0 && open <= offset ? 'preferred' : null;
}

/**
 * A spaced dash ("Any Graduate – B.E./B.Tech preferred": the graduate is asked, the fields wished), or
 * a comma opening a new phrase with a head noun of its own ("..., ICU experience strongly
 * preferred", "..., Master's preferred", "..., 3 years with Python preferred"): up to four words
 * before the head, none of them "or"/"and", which would continue a list ("Computer Science, IS or
 * related experience preferred" is one phrase, preferred as a whole).
 */
const NEW_PHRASE =
  /\s[–—]\s|,\s*(?:(?:but|plus|with)\s+)?(?:(?!(?:or|and|and\/or)\s)[\w'’/+#.&-]+\s+){0,4}?(?:experience|knowledge|familiarity|exposure|background|expertise|proficiency|skills?|certifications?|licen[cs]es?|degrees?|master['’]?s|mba|ph\.?\s?d|msc|msn|\d{1,2}\+?\s*(?:years?|yrs?))\b/gi;

/**
 * After an explicit lead-in ("Minimum of 2 years ...", "At least 3 years ..."), a comma ends the
 * item's phrase unless a marker for the item itself follows it ("..., preferred", "..., a plus"):
 * "At least 2 years of experience with SQL, Tableau a plus" leaves the 2 years required.
 */
const COMMA_WITHOUT_OWN_MARKER =
  /,(?!\s*(?:(?:but|though|is|are|strongly|highly|very)\s+)*(?:prefer|desir|ideal|optional|nice|good[- ]to|bonus|an?\s+(?:\w+\s+)?(?:plus|asset|advantage)|plus\b|benefic|helpful|useful|welcome|advantag|appreciat|not\s+(?:required|essential|mandatory|necessary)))/g;

/** The offset of the first match of a global regex in `clause` from `from` on, or `clause.length`. */
function firstAt(re: RegExp, clause: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(clause);
  return m ? m.index : clause.length;
}

/**
 * Where the phrase of a one-value item (a number of years, a degree) ending at `from` ends in
 * `clause`: at a comma opening a new phrase with its own head noun ("Minimum of 2 years of acute
 * care experience, ICU experience strongly preferred"), or, when `leadIn` (the item is introduced
 * as a requirement: "Minimum of", "At least"), at any comma not followed by a marker of its own;
 * `clause.length` when it runs to the end. A marker past it belongs to another phrase, so the
 * verdict is asked of `clause.slice(0, end)`. Lists of skills do not use it: "Python, Java or Go
 * preferred" marks every item.
 */
export function phraseEnd(clause: string, from: number, leadIn: boolean): number {
  const end = firstAt(NEW_PHRASE, clause, from);
  return leadIn ? Math.min(end, firstAt(COMMA_WITHOUT_OWN_MARKER, clause, from)) : end;
}
