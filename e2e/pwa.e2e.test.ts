/**
 * The app is installable: the page links a manifest with a name, a start URL, standalone display and
 * 192 and 512 px icons (plus a maskable one) that all load, and the service worker script is served.
 */
import { describe, expect, inject, it } from 'vitest';

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

describe('installable PWA', () => {
  it('has a complete manifest, loadable icons and a service worker', async () => {
    const base = inject('baseURL');
    const html = await (await fetch(`${base}/`)).text();
    expect(html).toContain('rel="manifest" href="/manifest.webmanifest"');

    const res = await fetch(`${base}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as Manifest;
    expect(manifest).toMatchObject({ short_name: 'BackEase', start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const r = await fetch(`${base}${icon.src}`);
      expect(r.status, icon.src).toBe(200);
      expect(r.headers.get('content-type'), icon.src).toContain(icon.type);
    }

    const sw = await fetch(`${base}/sw.js`);
    expect(sw.status).toBe(200);
    expect(await sw.text()).toContain('precache');
  });
});
