/**
 * The languages BackEase ships, as a plain list the diary model can validate against without loading a
 * catalog (the web app imports the model eagerly; the catalogs load on demand). catalogs.test.ts checks
 * that it names exactly the catalog folders.
 */
export const SHIPPED_LANGUAGES = ['ar', 'en', 'es'] as const;
