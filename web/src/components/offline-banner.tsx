import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';

/** Says when the phone is offline, and that the app still works (only sync waits). */
export function OfflineBanner() {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  // The live region is always in the page (so the change is announced); only its content comes and goes.
  return <div role="status">{online ? null : <p class="offline-banner">{t('app.offline')}</p>}</div>;
}
