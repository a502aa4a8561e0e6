/**
 * A browser's User-Agent in a few words a person recognises ("Firefox", "Android"), for the list of
 * sessions. The order of the checks matters: Edge and Opera say "Chrome" too, Chrome says "Safari", and
 * Android says "Linux". Null parts are ones the header does not show.
 */
export interface DeviceName {
  readonly browser: string | null;
  readonly system: string | null;
}

const BROWSERS: readonly [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/CrOS/, 'ChromeOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

const first = (list: readonly [RegExp, string][], ua: string) =>
  list.find(([re]) => re.test(ua))?.[1] ?? null;

export function deviceName(userAgent: string): DeviceName {
  return { browser: first(BROWSERS, userAgent), system: first(SYSTEMS, userAgent) };
}
