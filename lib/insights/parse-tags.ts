/** Tags typed as "hot, remote ,hot": trimmed, empty and repeated ones dropped (case-insensitive), order kept. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  return input
    .split(',')
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => {
      const k = t.toLowerCase();
      if (!t || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}
