/**
 * A new list of `n` slots, to be filled by the caller. Below 1,024 the length is masked, which tells the
 * optimising compiler its range, so it allocates the list inline rather than calling the Array
 * constructor: an answer builds about a hundred short lists, and the calls were a measurable part of it.
 */
export function listOf<T>(n: number): T[] {
  return n < 1024 ? new Array<T>(n & 1023) : new Array<T>(n);
}
