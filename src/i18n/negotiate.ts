/**
 * Picks the language of an answer from what the client asks for: `?lang=` first, then the
 * Accept-Language header (RFC 9110 §12.5.4, by quality), else English. Pure, so the CLI and tests use it.
 */
export function negotiateLanguage(
  supported: readonly string[],
  query: string | undefined,
  acceptLanguage: string | undefined,
  fallback = 'en',
): string {
  const base = (tag: string) => tag.trim().toLowerCase().split('-')[0] ?? '';
  if (query && supported.includes(base(query))) return base(query);
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...options] = part.split(';');
      const q = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: base(tag), quality: Number.isFinite(quality) ? quality : 0, i };
    })
    .filter((w) => w.tag && w.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.i - b.i);
  for (const w of wanted) {
    if (w.tag === '*') return fallback;
    if (supported.includes(w.tag)) return w.tag;
  }
  return fallback;
}
