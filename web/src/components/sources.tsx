import { t } from '../i18n/i18n.ts';

export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly urls: readonly string[];
}

/** Each reference's title and links, as a list (for a disclosure that holds more than the sources). */
export function SourceList(props: { sources: readonly SourceRef[] }) {
  return (
    <ul class="sources-list">
      {props.sources.map((s) => (
        <li key={s.id}>
          {/* A source's title stays in its own language, and an address is an address: not translated. */}
          <span translate={false}>{s.title}</span>
          {s.urls.map((u) => (
            <>
              {' '}
              <a class="source-link" href={u} rel="noopener noreferrer" target="_blank">
                <span translate={false}>{new URL(u).hostname}</span>
                <span class="visually-hidden"> {t('sources.newTab')}</span>
              </a>
            </>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** "Sources" one tap away: a disclosure listing each reference's title and links. */
export function Sources(props: { sources: readonly SourceRef[] }) {
  if (props.sources.length === 0) return null;
  return (
    <details class="sources">
      <summary>{t('sources.summary', { count: props.sources.length })}</summary>
      <SourceList sources={props.sources} />
    </details>
  );
}
