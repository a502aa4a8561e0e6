import { emergencyNumbers } from '../../../src/knowledge/services.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { t } from '../i18n/i18n.ts';
import { interviewStatus } from '../interview/interview-storage.ts';
import { getCountry } from '../prefs.ts';

/** The first screen: one obvious action. Everything else is a link away. */
export function HomeScreen() {
  const status = interviewStatus();
  return (
    <section class="screen home">
      <ScreenHeading focusKey="home">{t('home.title')}</ScreenHeading>
      <p class="lead">{t('home.lead')}</p>
      <p>
        <a class="button button-primary button-large" href="/check">
          {t('home.start')}
        </a>
      </p>
      {status === 'finished' ? (
        <p>
          <a class="link-block" href="/result">
            {t('home.lastResult')}
          </a>
        </p>
      ) : null}
      {status === 'started' ? (
        <p>
          <a class="link-block" href="/check">
            {t('home.continue')}
          </a>
        </p>
      ) : null}
      <h2>{t('home.emergencyTitle', { number: emergencyNumbers(getCountry())[0] ?? '112' })}</h2>
      <p>{t('home.emergencyText')}</p>
      <h2>{t('home.moreTitle')}</h2>
      <ul class="link-list">
        <li>
          <a class="link-list-link" href="/diary">
            {t('home.diary')}
          </a>
        </li>
        <li>
          <a class="link-list-link" href="/visit">
            {t('home.visit')}
          </a>
        </li>
        <li>
          <a class="link-list-link" href="/account">
            {t('home.account')}
          </a>
        </li>
      </ul>
    </section>
  );
}
