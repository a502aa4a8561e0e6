/** Entry point: picks the language, draws the app, and registers the service worker for offline use. */
import { render } from 'preact';
import { App } from './app.tsx';
import { preferredLanguage, setArabicDigits, setLanguage } from './i18n/i18n.ts';
import { getDigits, getSavedLanguage } from './prefs.ts';
import './styles/app.css';

setArabicDigits(getDigits() === 'arab');
await setLanguage(preferredLanguage(getSavedLanguage(), navigator.languages));
render(<App />, document.getElementById('app') as HTMLElement);
// The language and country follow the account once signed in; loaded after the first screen is drawn.
void import('./settings/prefs-sync-runner.ts').then((m) => m.startPrefsSync());

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Without a service worker the app still works online; offline use needs a later visit to install it.
  });
}
