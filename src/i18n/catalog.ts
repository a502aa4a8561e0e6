/**
 * A catalog is one language's words, keyed by message code, written in ICU MessageFormat
 * (https://unicode-org.github.io/icu/userguide/format_parse/messages/). Each language has several
 * catalog files by domain (web screens, core messages, the knowledge base, the terminal), merged here
 * into one. Keys starting with "_meta." describe the catalog itself.
 */
export type CatalogMessages = Readonly<Record<string, string>>;

export type Direction = 'ltr' | 'rtl';

/** How far a catalog's words have been checked (issue 12): by a team member's translation, or signed off. */
export type ReviewState = 'source' | 'machine' | 'reviewed';

export interface Catalog {
  readonly lang: string;
  readonly dir: Direction;
  readonly review: ReviewState;
  readonly messages: CatalogMessages;
}

/** Merges a language's domain files; a key defined twice is a mistake worth failing on. */
export function mergeCatalog(lang: string, parts: readonly CatalogMessages[]): Catalog {
  const messages: Record<string, string> = {};
  for (const part of parts) {
    for (const [key, text] of Object.entries(part)) {
      if (key in messages && !key.startsWith('_meta.'))
        throw new Error(`Catalog ${lang}: "${key}" is defined in two files.`);
      messages[key] = text;
    }
  }
  return {
    lang,
    dir: messages['_meta.dir'] === 'rtl' ? 'rtl' : 'ltr',
    review: (messages['_meta.review'] as ReviewState | undefined) ?? 'source',
    messages,
  };
}
