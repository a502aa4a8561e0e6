import type { RemedyEffect } from '../../../src/insights/remedies.ts';
import { formatNumber, m, t } from '../i18n/i18n.ts';

/** The columns both the diary and the visit summary show for a remedy. */
export type RemedyRow = Pick<RemedyEffect, 'remedy' | 'name' | 'sessions' | 'meanDrop' | 'enough'>;

/**
 * The table of remedies and the average fall in pain after each, shared by the diary ("what helped
 * you") and the doctor-visit summary. Needs the knowledge catalog loaded (the remedies' names).
 */
export function RemedyEffectsTable(props: { rows: readonly RemedyRow[]; caption: string; class?: string }) {
  return (
    <div class="table-wrap">
      <table {...(props.class ? { class: props.class } : {})}>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diary.remedy')}</th>
            <th scope="col">{t('diary.sessions')}</th>
            <th scope="col">{t('diary.drop')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.remedy}>
              <th scope="row">{m(r.name)}</th>
              <td>{r.sessions}</td>
              <td>
                {r.meanDrop === null
                  ? t('diary.notRated')
                  : formatNumber(r.meanDrop, { maximumFractionDigits: 1 })}
                {r.meanDrop !== null && !r.enough ? ` (${t('diary.tooFew')})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "What helped you": the average fall in pain after each remedy, from the timer sessions. */
export function RemediesTable(props: { effects: readonly RemedyEffect[] }) {
  const { effects } = props;
  return (
    <section aria-labelledby="remedies-heading">
      <h2 id="remedies-heading">{t('diary.remediesTitle')}</h2>
      {effects.length === 0 ? (
        <p>{t('diary.remediesEmpty')}</p>
      ) : (
        <>
          <RemedyEffectsTable rows={effects} caption={t('diary.remediesTitle')} />
          <p class="hint">{t('diary.remediesNote')}</p>
        </>
      )}
    </section>
  );
}
