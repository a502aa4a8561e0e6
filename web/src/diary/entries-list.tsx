import type { CheckIn, Episode, SavedAssessment } from '../../../src/diary/model.ts';
import { formatDateTime, t } from '../i18n/i18n.ts';
import type { Collection } from './diary-db.ts';

interface Entry {
  readonly kind: Extract<Collection, 'checkIns' | 'episodes' | 'assessments'>;
  readonly id: string;
  readonly at: string;
  readonly text: string;
  readonly notes: string;
  readonly ongoing: boolean;
}

/** The level a saved check gave, read from its stored output (kept as it was shown, so checked here). */
function savedLevel(a: SavedAssessment): string {
  const level = (a.output as { triage?: { level?: unknown } } | null)?.triage?.level;
  return typeof level === 'string' ? level : 'other';
}

/**
 * The timeline: every check-in, episode and saved check, newest first, with Delete (and "It is over"
 * for an ongoing episode).
 */
export function EntriesList(props: {
  checkIns: readonly CheckIn[];
  episodes: readonly Episode[];
  assessments: readonly SavedAssessment[];
  onDelete: (kind: Entry['kind'], id: string) => void;
  onEndEpisode: (id: string) => void;
}) {
  const entries: Entry[] = [
    ...props.checkIns.map((c) => ({
      kind: 'checkIns' as const,
      id: c.id,
      at: c.at,
      text: t('diary.entryCheckIn', { pain: c.pain }),
      notes: c.notes,
      ongoing: false,
    })),
    ...props.episodes.map((e) => ({
      kind: 'episodes' as const,
      id: e.id,
      at: e.startedAt,
      text: t(e.endedAt === null ? 'diary.entryEpisode' : 'diary.entryEpisodeEnded', { pain: e.pain }),
      notes: e.notes,
      ongoing: e.endedAt === null,
    })),
    ...props.assessments.map((a) => ({
      kind: 'assessments' as const,
      id: a.id,
      at: a.at,
      text: t('diary.entryCheck', { level: savedLevel(a) }),
      notes: '',
      ongoing: false,
    })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">{t('diary.entriesTitle')}</h2>
      {entries.length === 0 ? <p>{t('diary.entriesEmpty')}</p> : null}
      <ul class="entries">
        {entries.map((e) => (
          <li key={e.id}>
            <span>
              <strong>{formatDateTime(e.at)}</strong> — {e.text}
              {e.notes ? ` (${e.notes})` : ''}
            </span>
            {e.ongoing ? (
              <button type="button" class="button button-quiet" onClick={() => props.onEndEpisode(e.id)}>
                {t('diary.endEpisode')}
                <span class="visually-hidden"> {formatDateTime(e.at)}</span>
              </button>
            ) : null}
            <button type="button" class="button button-quiet" onClick={() => props.onDelete(e.kind, e.id)}>
              {t('diary.delete')}
              <span class="visually-hidden"> {formatDateTime(e.at)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
