/**
 * A temperature measured in degrees Celsius, read the same in every language: 38 °C or more is a
 * fever, under 37.5 °C is not, in between is unclear, and a number outside 34–45 cannot be a body
 * temperature, so it says nothing. (English adds the same lines in Fahrenheit.)
 */
import type { LexEntry } from './types.ts';

export const CELSIUS_FEVER = {
  present: { gte: 38, lte: 45 },
  absent: { gte: 34, lt: 37.5 },
  unknown: { gte: 37.5, lt: 38 },
} as const satisfies NonNullable<LexEntry['number']>;
