/**
 * A new list of `n` slots, to be filled by the caller. Below 1,024 the length is masked, which tells the
 * optimising compiler its range, so it allocates the list inline rather than calling the Array
 * constructor: an answer builds about a hundred short lists, and the calls were a measurable part of it.
 */
export function listOf<T>(n: number): T[] {
  return n < 1024 ? new Array<T>(n & 1023) : new Array<T>(n);
}

/**
 * The empty list every empty answer list shares (most causes are raised by nothing this person said,
 * and suspected by no rule), frozen: a caller that tried to change it would get a TypeError rather
 * than change other answers.
 */
export const NONE: never[] = Object.freeze([]) as unknown as never[];

/** A new list of `n` slots to fill, or the shared empty list. */
export function listOrNone<T>(n: number): T[] {
  return n === 0 ? NONE : listOf<T>(n);
}
