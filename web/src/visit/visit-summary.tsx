/**
 * The doctor-visit summary on screen and on paper: the `Summary` model of src/report/summary.ts (the
 * same one the PDF is drawn from) in the PDF's order: points to act on, the person's questions, the
 * latest check, pain over time, episodes, remedies, medicines and conditions.
 *
 * Words come from the shared catalogs and src/report/summary-words.ts, as in the PDF; dates are in
 * the person's time zone.
 */
import type { ComponentChildren } from 'preact';
import { causeFrequency, findingLabel, serviceAction } from '../../../src/i18n/assessment-messages.ts';
import { DAY_MS } from '../../../src/insights/period.ts';
import type { Summary, SummaryEpisode } from '../../../src/report/summary.ts';
import {
  causeWords,
  episodePain as episodePainWords,
  painStats,
  personLine,
  sentences,
} from '../../../src/report/summary-words.ts';
import { PainChart, PainTable } from '../diary/pain-chart.tsx';
import { RemedyEffectsTable } from '../diary/remedies-table.tsx';
import { formatDateTime, m, t, words } from '../i18n/i18n.ts';
import { localMidnight } from './visit-period.ts';

/** Check-ins further apart than a week are not joined on the chart (as in the PDF). */
const JOIN_WITHIN_MS = 7 * DAY_MS;

const dateOf = (ms: number, style: 'medium' | 'long' = 'medium') =>
  formatDateTime(new Date(ms).toISOString(), { dateStyle: style });

/** A local calendar day (YYYY-MM-DD, from the date inputs) in words. */
function dayText(day: string): string {
  const ms = localMidnight(day);
  return ms === undefined ? day : dateOf(ms, 'long');
}

function Header(props: { s: Summary; from: string; to: string }) {
  const { s } = props;
  return (
    <header class="visit-header">
      <h2 id="summary-title">{t('visit.summaryTitle')}</h2>
      <p class="visit-meta">
        {t('visit.summaryMeta', {
          from: dayText(props.from),
          to: dayText(props.to),
          person: personLine(words(), s),
          prepared: dateOf(Date.parse(s.generatedAt), 'long'),
        })}
      </p>
      <p class="hint">{m(s.disclaimer)}</p>
    </header>
  );
}

function ActOn(props: { s: Summary }) {
  const { nudges } = props.s;
  return (
    <section aria-labelledby="visit-act-on" class="visit-section">
      <h3 id="visit-act-on">{t('visit.actOnTitle')}</h3>
      {nudges.length === 0 ? (
        <p>{t('visit.actOnNone')}</p>
      ) : (
        <ul class="visit-nudges">
          {nudges.map((n) => (
            <li key={n.id}>
              <strong>{t(`visit.level.${n.level}`)}:</strong> {m(n.message)}
              <span class="hint"> {sentences(words(), n.because)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Latest(props: { s: Summary }) {
  const a = props.s.latest;
  return (
    <section aria-labelledby="visit-latest" class="visit-section">
      <h3 id="visit-latest">
        {a ? t('visit.latestTitleOn', { date: dateOf(Date.parse(a.at)) }) : t('visit.latestTitle')}
      </h3>
      {!a ? (
        <p>{t('visit.latestNone')}</p>
      ) : (
        <>
          <p class={`visit-level visit-level-${a.level}`}>
            <strong>{t('visit.result')}</strong> {t(`visit.level.${a.level}`)}
          </p>
          <p>
            <strong>{t('visit.advice')}</strong> {m(serviceAction(a.service))}
          </p>
          {a.reasons.length > 0 ? (
            <>
              <p class="visit-label">{t('visit.because')}</p>
              <ul>
                {a.reasons.map((r) => (
                  <li key={r.code}>{m(r)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {props.s.assessmentCount > 1 ? (
            <p class="hint">{t('visit.assessmentCount', { count: props.s.assessmentCount })}</p>
          ) : null}
          {a.causes.length > 0 ? (
            <>
              <h4>{t('visit.causesTitle')}</h4>
              <ul class="visit-causes">
                {a.causes.map((c) => {
                  const w = causeWords(words(), c);
                  return (
                    <li key={c.id}>
                      <strong>{w.name}</strong>: {m(causeFrequency(c.probability))}
                      {w.for.length > 0 ? (
                        <div>
                          {t('visit.causeFor')} {w.for.join('; ')}
                        </div>
                      ) : null}
                      {w.against.length > 0 ? (
                        <div>
                          {t('visit.causeAgainst')} {w.against.join('; ')}
                        </div>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function Pain(props: { s: Summary }) {
  const { pain, period, episodes } = props.s;
  const points = pain.points.map((p) => ({ at: new Date(p.t).toISOString(), pain: p.pain }));
  // The chart's text alternative: the numbers, and the trend in words.
  const alt = pain.count > 0 ? `${painStats(words(), pain)} ${m(pain.message)}` : m(pain.message);
  return (
    <section aria-labelledby="visit-pain" class="visit-section visit-pain">
      <h3 id="visit-pain">{t('visit.painTitle')}</h3>
      <PainChart
        points={points}
        summary={alt}
        range={period}
        spans={episodes.spans}
        joinWithinMs={JOIN_WITHIN_MS}
        emptyText={t('visit.painNone')}
        captionId="visit-chart-summary"
      />
      {points.length > 0 ? (
        <>
          <p class="hint">{t('visit.chartKey')}</p>
          <details class="visit-numbers">
            <summary>{t('visit.showNumbers')}</summary>
            <PainTable points={points} />
          </details>
        </>
      ) : null}
    </section>
  );
}

function episodeWhen(e: SummaryEpisode): string {
  const started = dateOf(e.startTime);
  if (e.endTime === null) return t('visit.episodeOngoing', { started, count: e.days });
  return t('visit.episodeSettled', { started, ended: dateOf(e.endTime), count: e.days });
}

function Episodes(props: { s: Summary }) {
  const { rows, messages } = props.s.episodes;
  return (
    <section aria-labelledby="visit-episodes" class="visit-section">
      <h3 id="visit-episodes">{t('visit.episodesTitle')}</h3>
      <p>{sentences(words(), messages)}</p>
      {rows.length > 0 ? (
        <div class="table-wrap">
          <table class="visit-table">
            <caption class="visually-hidden">{t('visit.episodesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('visit.episodeWhen')}</th>
                <th scope="col">{t('visit.episodePain')}</th>
                <th scope="col">{t('visit.episodeDetails')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <td>{episodeWhen(e)}</td>
                  <td>{episodePainWords(words(), e)}</td>
                  <td>
                    {[e.areaIds.map((a) => t(`area.${a}`)).join(', '), e.triggers, e.notes]
                      .filter(Boolean)
                      .join('. ') || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function Remedies(props: { s: Summary }) {
  const { rows, message } = props.s.remedies;
  return (
    <section aria-labelledby="visit-remedies" class="visit-section">
      <h3 id="visit-remedies">{t('visit.remediesTitle')}</h3>
      <p>{m(message)}</p>
      {rows.length > 0 ? (
        <RemedyEffectsTable rows={rows} caption={t('visit.remediesTitle')} class="visit-table" />
      ) : null}
    </section>
  );
}

function FindingList(props: { ids: readonly string[] }) {
  if (props.ids.length === 0) return <p>{t('visit.noneEntered')}</p>;
  return (
    <ul>
      {props.ids.map((id) => (
        <li key={id}>{m(findingLabel(id))}</li>
      ))}
    </ul>
  );
}

function Medicines(props: { s: Summary }) {
  const { s } = props;
  return (
    <section aria-labelledby="visit-meds" class="visit-section">
      <h3 id="visit-meds">{t('visit.medsTitle')}</h3>
      <p class="hint">{t('visit.medsSource')}</p>
      <h4>{t('visit.medicines')}</h4>
      <FindingList ids={s.medicineIds} />
      <h4>{t('visit.conditions')}</h4>
      <FindingList ids={s.conditionIds} />
      {s.saidNoIds.length > 0 ? (
        <p>
          <strong>{t('visit.saidNo')}</strong> {s.saidNoIds.map((id) => m(findingLabel(id))).join('; ')}
        </p>
      ) : null}
    </section>
  );
}

/** The whole summary; `questions` is the questions section (an editor on screen, a list on paper). */
export function VisitSummary(props: {
  summary: Summary;
  from: string;
  to: string;
  questions: ComponentChildren;
}) {
  const s = props.summary;
  return (
    <article class="visit-summary" aria-labelledby="summary-title">
      <Header s={s} from={props.from} to={props.to} />
      <ActOn s={s} />
      {props.questions}
      <Latest s={s} />
      <Pain s={s} />
      <Episodes s={s} />
      <Remedies s={s} />
      <Medicines s={s} />
    </article>
  );
}
