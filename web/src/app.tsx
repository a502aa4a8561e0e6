/**
 * The app shell: skip link, header with the emergency number always one tap away, the current screen,
 * and the footer. Screens other than Home load on demand to keep the first screen small.
 */
import type { ComponentType } from 'preact';
import { servicesFor, telHref } from '../../src/knowledge/services.ts';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { LanguageSelect } from './components/language-switch.tsx';
import { LazyScreen } from './components/lazy-screen.tsx';
import { OfflineBanner } from './components/offline-banner.tsx';
import { TimerBanner } from './components/timer-banner.tsx';
import { t } from './i18n/i18n.ts';
import { getCountry, usePrefs } from './prefs.ts';
import { onLinkClick, usePath } from './router.ts';
import { HomeScreen } from './screens/home-screen.tsx';
import { NotFoundScreen } from './screens/not-found-screen.tsx';

type Loader = () => Promise<ComponentType<object>>;

const ROUTES: Record<string, Loader> = {
  '/check': () => import('./interview/check-screen.tsx').then((m) => m.CheckScreen),
  '/result': () => import('./result/result-screen.tsx').then((m) => m.ResultScreen),
  '/timer': () => import('./timer/timer-screen.tsx').then((m) => m.TimerScreen),
  '/diary': () => import('./diary/diary-screen.tsx').then((m) => m.DiaryScreen),
  '/visit': () => import('./visit/visit-screen.tsx').then((m) => m.VisitScreen),
  '/account': () => import('./account/account-screen.tsx').then((m) => m.AccountScreen),
  '/settings': () => import('./settings/settings-screen.tsx').then((m) => m.SettingsScreen),
};

const NAV: readonly [string, string][] = [
  ['/check', 'nav.check'],
  ['/diary', 'nav.diary'],
  ['/visit', 'nav.visit'],
  ['/account', 'nav.account'],
  ['/settings', 'nav.settings'],
];

export function App() {
  usePrefs();
  const path = usePath();
  const number = servicesFor(getCountry()).emergency[0].number;
  const load = ROUTES[path];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegates clicks on real links to the router
    // biome-ignore lint/a11y/useKeyWithClickEvents: links keep their own keyboard behaviour
    <div class="shell" onClick={onLinkClick}>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header class="app-header">
        <a href="/" class="brand">
          {t('app.name')}
        </a>
        <a class="call-link" href={telHref(number)}>
          {t('header.emergency', { number })}
        </a>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map(([href, key]) => (
              <li key={href}>
                <a href={href} aria-current={path === href ? 'page' : undefined}>
                  {t(key)}
                </a>
              </li>
            ))}
            {/* On the menu's last line, where it takes no extra height on a phone. */}
            <li class="language-item">
              <LanguageSelect id="header-language" label={false} class="language-switch" />
            </li>
          </ul>
        </nav>
      </header>
      <OfflineBanner />
      <TimerBanner path={path} />
      <main id="main">
        <ErrorBoundary resetKey={path}>
          {path === '/' ? <HomeScreen /> : load ? <LazyScreen load={load} props={{}} /> : <NotFoundScreen />}
        </ErrorBoundary>
      </main>
      <footer class="app-footer">
        <p>{t('footer.disclaimer')}</p>
      </footer>
    </div>
  );
}
