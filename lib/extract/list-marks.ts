/**
 * The marks a list item may open with, as a regex character class's body (`u` flag): dashes (en and em too: "– 3+ years in customs"),
 * bullets, arrows, check marks and emoji ("✅ 6–8 years in …", "🏢 Hybrid: …").
 */
export const LIST_MARKS = String.raw`\-–—*•·▪◦>~✓✔➤►▶→\p{Extended_Pictographic}\uFE0F`;
