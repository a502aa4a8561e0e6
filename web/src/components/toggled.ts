/**
 * The state of a list of checkboxes after one changed: a new set (so Preact sees a change) holding `id`
 * when its box is now ticked, without it when not.
 */
export function toggled<T>(set: ReadonlySet<T>, id: T, change: Event): Set<T> {
  const next = new Set(set);
  if ((change.target as HTMLInputElement).checked) next.add(id);
  else next.delete(id);
  return next;
}
