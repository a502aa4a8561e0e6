import { ScreenHeading } from '../components/heading.tsx';
import { t } from '../i18n/i18n.ts';

export function NotFoundScreen() {
  return (
    <section class="screen">
      <ScreenHeading focusKey="404">{t('notFound.title')}</ScreenHeading>
      <p>
        <a class="link-block" href="/">
          {t('notFound.home')}
        </a>
      </p>
    </section>
  );
}
