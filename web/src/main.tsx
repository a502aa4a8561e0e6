/** Entry point: picks the language, draws the app, and registers the service worker for offline use. */
import { render } from 'preact';
import { App } from './app.tsx';
import { preferredLanguage, setArabicDigits, setLanguage } from './i18n/i18n.ts';
import { messageFormatReady } from './i18n/lazy-message-format.ts';
import { getDigits, getSavedLanguage } from './prefs.ts';
import './styles/app.css';

setArabicDigits(getDigits() === 'arab');
await setLanguage(preferredLanguage(getSavedLanguage(), navigator.languages));
const root = document.getElementById('app') as HTMLElement;
render(<App />, root);
// The message formatter comes after the first screen: drawn again with it, words with plurals are exact.
void messageFormatReady.then(() => render(<App />, root));
// The language and country follow the account once signed in; loaded after the first screen is drawn.
void import('./settings/prefs-sync-runner.ts').then((m) => m.startPrefsSync());

// Reports made offline wait on the device (feedback/feedback-queue.ts); loaded only when one waits.
if (localStorage.getItem('backease.feedbackQueue'))
  void import('./feedback/feedback-queue.ts').then((q) => q.startFeedbackQueue());

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Without a service worker the app still works online; offline use needs a later visit to install it.
  });
}
