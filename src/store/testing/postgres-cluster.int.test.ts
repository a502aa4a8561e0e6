import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPostgresBin } from './postgres-cluster.ts';

describe('findPostgresBin', () => {
  it('fails with the install command when PostgreSQL is not installed, so the int tests fail, never skip', () => {
    expect(() => findPostgresBin(['/nonexistent/postgresql'])).toThrow(/apt-get install -y postgresql/);
  });

  it('finds the newest installed version', () => {
    const bin = findPostgresBin();
    expect(existsSync(join(bin, 'initdb'))).toBe(true);
    expect(existsSync(join(bin, 'pg_ctl'))).toBe(true);
  });
});
