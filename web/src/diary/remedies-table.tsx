import type { RemedyEffect } from '../../../src/insights/remedies.ts';
import { formatNumber, kt, t } from '../i18n/i18n.ts';

/** "What helped you": the average fall in pain after each remedy, from the timer sessions. */
export function RemediesTable(props: { effects: readonly RemedyEffect[]; catalogReady: boolean }) {
  const { effects } = props;
  return (
    <section aria-labelledby="remedies-heading">
      <h2 id="remedies-heading">{t('diary.remediesTitle')}</h2>
      {effects.length === 0 ? (
        <p>{t('diary.remediesEmpty')}</p>
      ) : (
        <>
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{t('diary.remediesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('diary.remedy')}</th>
                  <th scope="col">{t('diary.sessions')}</th>
                  <th scope="col">{t('diary.drop')}</th>
                </tr>
              </thead>
              <tbody>
                {effects.map((r) => (
                  <tr key={r.remedy}>
                    <th scope="row">
                      {props.catalogReady ? kt(`advice.${r.remedy}.title`, r.name) : r.name}
                    </th>
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
          <p class="hint">{t('diary.remediesNote')}</p>
        </>
      )}
    </section>
  );
}
