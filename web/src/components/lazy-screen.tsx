import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadScreenCatalog, t } from '../i18n/i18n.ts';

/**
 * Loads a screen's code on first use, with the words of the screens (screens.json), so the first screen
 * stays small and no screen draws before its words are in (else it would show keys, or English to a
 * Spanish reader). The service worker has precached every chunk, so this works offline too.
 */
export function LazyScreen<P extends object>(props: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [Screen, setScreen] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    Promise.all([props.load(), loadScreenCatalog()]).then(
      ([c]) => live && setScreen(() => c),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [props.load]);
  if (failed) return <p role="alert">{t('app.loadFailed')}</p>;
  if (!Screen) return <p class="loading">{t('app.loading')}</p>;
  return <Screen {...props.props} />;
}
