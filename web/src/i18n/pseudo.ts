/**
 * The pseudo-locale, for finding words that bypass the catalogs: every message (and every date or
 * number Intl words for the page) is drawn between ⟦ and ⟧, so a browser test can fail on any visible
 * text left unmarked: a string typed straight into a screen, which no translation would ever reach
 * (e2e/pseudo-locale.e2e.test.ts). Turned on for a device by localStorage "backease.pseudo" = "1"; never
 * offered to people.
 */
import { Renderer } from '../../../src/i18n/render.ts';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

export const pseudoMark = (text: string): string => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;

export function pseudoOn(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem('backease.pseudo') === '1';
  } catch {
    return false;
  }
}

/** The shared renderer, with every text it words marked. */
export class PseudoRenderer extends Renderer {
  override text(...args: Parameters<Renderer['text']>): string {
    return pseudoMark(super.text(...args));
  }
  override number(...args: Parameters<Renderer['number']>): string {
    return pseudoMark(super.number(...args));
  }
  override day(iso: string): string {
    return pseudoMark(super.day(iso));
  }
}
