import type { SeedClaim } from './types.ts';

export const seedClaims: readonly SeedClaim[] = [];
