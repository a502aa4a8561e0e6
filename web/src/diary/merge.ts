/**
 * Three-way merge of one diary record, field by field: `base` is the version both devices started from,
 * `mine` this device's copy, `theirs` the server's. A field only one side changed takes that side's
 * value; a field both changed to different values is a conflict, which only the person can settle
 * (docs/sync.md). Without a base (this device never saw the server's copy), every field that differs is
 * a conflict: nothing is ever overwritten on a guess.
 */

type Fields = Readonly<Record<string, unknown>>;

export interface MergeResult<T> {
  /** Every field merged; a conflicting field holds this device's value until the person chooses. */
  readonly merged: T;
  /** The fields both sides changed differently, in a stable order. */
  readonly conflicts: readonly string[];
}

/** Equality of JSON values (records are JSON): key order does not matter, array order does. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Fields)[k], (b as Fields)[k]))
  );
}

export function mergeRecords<T extends object>(base: T | undefined, mine: T, theirs: T): MergeResult<T> {
  const m = mine as Fields;
  const t = theirs as Fields;
  const b = base as Fields | undefined;
  const merged: Record<string, unknown> = {};
  const conflicts: string[] = [];
  const keys = [...new Set([...Object.keys(t), ...Object.keys(m)])];
  for (const key of keys) {
    const inMine = Object.hasOwn(m, key);
    const inTheirs = Object.hasOwn(t, key);
    const mv = m[key];
    const tv = t[key];
    if (inMine === inTheirs && sameValue(mv, tv)) {
      if (inMine) merged[key] = mv;
      continue;
    }
    const mineChanged = !b || Object.hasOwn(b, key) !== inMine || !sameValue(b[key], mv);
    const theirsChanged = !b || Object.hasOwn(b, key) !== inTheirs || !sameValue(b[key], tv);
    if (mineChanged && theirsChanged) {
      conflicts.push(key);
      if (inMine) merged[key] = mv;
    } else if (mineChanged) {
      if (inMine) merged[key] = mv;
    } else if (inTheirs) {
      merged[key] = tv;
    }
  }
  return { merged: merged as T, conflicts };
}

/**
 * The merged record with the person's choice for each field asked about: this device's value or the
 * other's, whatever the merge had put there.
 */
export function withChoices<T extends object>(
  merged: T,
  mine: T,
  theirs: T,
  choices: Readonly<Record<string, 'mine' | 'theirs'>>,
): T {
  const out: Record<string, unknown> = { ...(merged as Fields) };
  for (const [key, choice] of Object.entries(choices)) {
    const from = (choice === 'theirs' ? theirs : mine) as Fields;
    if (Object.hasOwn(from, key)) out[key] = from[key];
    else delete out[key];
  }
  return out as T;
}
