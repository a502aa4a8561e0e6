/** One decimal place, so every insight states a number the same way (2 rather than 2.0, 1.5 as is). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
