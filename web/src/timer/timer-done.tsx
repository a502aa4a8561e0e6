import { useState } from 'preact/hooks';
import { ScreenHeading } from '../components/heading.tsx';
import { PainScale } from '../components/pain-scale.tsx';
import { t } from '../i18n/i18n.ts';

/** The end of a session: take the pack off, check the skin, and rate the pain for "what helped you". */
export function TimerDone(props: { onFinish: (painAfter: number | null) => void }) {
  const [painAfter, setPainAfter] = useState<number | null>(null);
  return (
    <form
      class="screen"
      onSubmit={(e) => {
        e.preventDefault();
        if (painAfter !== null) props.onFinish(painAfter);
      }}
    >
      <ScreenHeading focusKey="timer-done">{t('timer.doneTitle')}</ScreenHeading>
      <p class="lead">{t('timer.doneText')}</p>
      <PainScale name="pain-after" legend={t('timer.painAfter')} value={painAfter} onChange={setPainAfter} />
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={painAfter === null}>
          {t('timer.save')}
        </button>
        <button type="button" class="button button-quiet" onClick={() => props.onFinish(null)}>
          {t('timer.skipSave')}
        </button>
      </div>
    </form>
  );
}
