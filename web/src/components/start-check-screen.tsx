import { t } from '../i18n/i18n.ts';
import { ScreenHeading } from './heading.tsx';

/** A screen with nothing to show yet (no result, no timer): says so and offers to start a check. */
export function StartCheckScreen(props: { focusKey: string; title: string }) {
  return (
    <section class="screen">
      <ScreenHeading focusKey={props.focusKey}>{props.title}</ScreenHeading>
      <p>
        <a class="button button-primary" href="/check">
          {t('home.start')}
        </a>
      </p>
    </section>
  );
}
