/**
 * Test support: a renderer that lays out right to left with /Lang "ar" but words from the English
 * catalog, for layout tests of right-to-left documents that must not depend on a translation's words.
 */
import { catalog } from '../catalogs.ts';
import { Renderer } from '../render.ts';

export function rightToLeftEnglish(): Renderer {
  const en = catalog('en');
  return new Renderer({ ...en, lang: 'ar', dir: 'rtl' }, undefined, { locale: 'ar-u-nu-latn' });
}
