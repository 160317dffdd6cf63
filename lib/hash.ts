/** FNV-1a, 53 bits: a stable, dependency-free id for postings that have no address (pasted text). */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h2 >>> 0) % 0x200000).toString(36) + (h1 >>> 0).toString(36);
}
