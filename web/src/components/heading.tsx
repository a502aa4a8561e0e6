import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';

/** On a fresh page load the browser starts at the top (skip link first); focus moves only after that. */
let firstHeading = true;

/**
 * The screen's main heading. It takes focus whenever `focusKey` changes (a new screen or a new question),
 * so screen-reader and keyboard users start at the top of what changed, as a page load would.
 */
export function ScreenHeading(props: {
  children: ComponentChildren;
  focusKey: string;
  id?: string;
  class?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  // A layout effect, so the title changes in the same task as the heading: anything that sees the new
  // heading (a person, a screen reader, a test) already sees the new title.
  useLayoutEffect(() => {
    // Each screen names the page too (WCAG 2.4.2), for tab lists, history and screen readers.
    const text = ref.current?.textContent?.trim();
    document.title = text ? `${text} – ${t('app.name')}` : t('app.name');
  });
  // Runs when focusKey changes: that is the moment focus should move. A layout effect, like the title's,
  // so focus is on the new heading in the same task that shows it, never a moment later.
  useLayoutEffect(() => {
    if (firstHeading) {
      firstHeading = false;
      return;
    }
    ref.current?.focus();
  }, [props.focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} id={props.id} class={props.class}>
      {props.children}
    </h1>
  );
}
