/** Small wording helpers, so every insight phrases counts and numbers the same way. */

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One decimal place, without a trailing ".0" (2 rather than 2.0, 1.5 as is). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

export function fmt1(x: number): string {
  return String(round1(x));
}

/** "1 point", "0.5 points", "2 points", rounded to one decimal place. */
export function points(x: number): string {
  const r = round1(x);
  return `${r} ${r === 1 ? 'point' : 'points'}`;
}
