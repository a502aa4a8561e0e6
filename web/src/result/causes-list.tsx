import type { TriageLevel } from '../../../src/contract/ids.ts';
import { type CauseEvidence, type CauseResult, LESS_LIKELY_BELOW } from '../../../src/contract/output.ts';
import { causeFrequency, evidenceMessage } from '../../../src/i18n/assessment-messages.ts';
import { groupCauses, naturalFrequency, OUT_OF } from '../../../src/i18n/plain-risk.ts';
import { has, m, t } from '../i18n/i18n.ts';

function EvidenceList(props: { title: string; items: readonly CauseEvidence[] }) {
  if (props.items.length === 0) return null;
  return (
    <>
      <h4>{props.title}</h4>
      <ul>
        {props.items.map((e) => (
          <li key={e.finding}>{m(evidenceMessage(e))}</li>
        ))}
      </ul>
    </>
  );
}

const COLUMNS = 10;
const CELL = 10;
const R = 3.6;

/** Circles at the given cells of the grid, as one path (100 elements would be heavy for little). */
function circles(cells: readonly number[]): string {
  return cells
    .map((i) => {
      const cx = (i % COLUMNS) * CELL + CELL / 2;
      const cy = Math.floor(i / COLUMNS) * CELL + CELL / 2;
      return `M${cx - R} ${cy}a${R} ${R} 0 1 0 ${2 * R} 0a${R} ${R} 0 1 0 ${-2 * R} 0`;
    })
    .join('');
}

/**
 * 100 people as a 10 × 10 grid, the ones with answers like yours who have this cause filled in first,
 * row by row: grouped, not scattered, since scattered arrays make a risk look larger
 * (research/words-and-risk.md §1). The words beside it say the same, so it is hidden from screen readers.
 */
function IconArray(props: { count: number }) {
  const all = Array.from({ length: OUT_OF }, (_, i) => i);
  return (
    <svg
      class="icon-array"
      viewBox={`0 0 ${COLUMNS * CELL} ${(OUT_OF / COLUMNS) * CELL}`}
      aria-hidden="true"
      focusable="false"
    >
      <path class="icon-empty" d={circles(all.slice(props.count))} />
      <path class="icon-filled" d={circles(all.slice(0, props.count))} />
    </svg>
  );
}

/**
 * What it might be, in plain risk: each likely cause as a natural frequency out of 100 people with
 * answers like these (never a percentage, never certainty) with an icon array; for a serious cause,
 * what happens next; the causes below about 1 in 20 named together as less likely; and the causes
 * nothing in the answers speaks for left out (src/i18n/plain-risk.ts).
 */
export function CausesList(props: { causes: readonly CauseResult[]; level: TriageLevel }) {
  // On an urgent or emergency result, the causes the warning sign points at come first (groupCauses).
  const { likely, lessLikely, leftOut } = groupCauses(props.causes, props.level);
  return (
    <section aria-labelledby="causes-heading">
      <h2 id="causes-heading">{t('causes.title')}</h2>
      <p class="hint">{t('causes.lead')}</p>
      <ol class="causes">
        {likely.map((c) => (
          <li key={c.id} class="cause" id={`cause-${c.id}`}>
            <h3>
              {t(`cause.${c.id}.name`)}
              {c.kind === 'serious' ? <span class="tag tag-serious">{t('causes.serious')}</span> : null}
            </h3>
            <div class="cause-body">
              <IconArray count={naturalFrequency(c.probability).count} />
              <div>
                <p class="cause-frequency">{m(causeFrequency(c.probability))}</p>
                <p>{t(`cause.${c.id}.summary`)}</p>
              </div>
            </div>
            {c.kind === 'serious' && has(`cause.${c.id}.next`) ? (
              <p class="cause-next">
                <strong>{t('causes.next')}</strong> {t(`cause.${c.id}.next`)}
              </p>
            ) : null}
            {c.evidence.length > 0 ? (
              <details>
                <summary>{t('causes.why')}</summary>
                <EvidenceList title={t('causes.for')} items={c.evidence.filter((e) => e.ratio > 1)} />
                <EvidenceList title={t('causes.against')} items={c.evidence.filter((e) => e.ratio < 1)} />
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {lessLikely.length > 0 ? (
        <div class="less-likely">
          <h3>{t('causes.lessLikely')}</h3>
          <p>
            {t('causes.lessLikelyLead', {
              count: naturalFrequency(LESS_LIKELY_BELOW).count,
              total: OUT_OF,
            })}
          </p>
          <ul class="less-likely-list">
            {lessLikely.map((c) => (
              <li key={c.id}>
                {t(`cause.${c.id}.name`)}
                {c.kind === 'serious' ? <span class="tag tag-serious">{t('causes.serious')}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {leftOut > 0 ? <p class="hint">{t('causes.leftOut', { count: leftOut })}</p> : null}
    </section>
  );
}
