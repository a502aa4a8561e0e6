import { describe, expect, it, vi } from 'vitest';
import { Passwords } from './passwords.ts';

describe('Passwords.verifyNobody', () => {
  it('hashes its dummy once and reuses it', async () => {
    const passwords = new Passwords({ memoryCost: 1024, timeCost: 1 });
    const hash = vi.spyOn(passwords, 'hash');
    expect(await passwords.verifyNobody('a guess')).toBe(false);
    expect(await passwords.verifyNobody('another guess')).toBe(false);
    expect(hash).toHaveBeenCalledOnce();
  });

  it('does not remember a failed dummy hash: the next call hashes again and works', async () => {
    const passwords = new Passwords({ memoryCost: 1024, timeCost: 1 });
    const hash = vi.spyOn(passwords, 'hash').mockRejectedValueOnce(new Error('thread pool busy'));
    await expect(passwords.verifyNobody('a guess')).rejects.toThrow('thread pool busy');
    expect(await passwords.verifyNobody('a guess')).toBe(false);
    expect(hash).toHaveBeenCalledTimes(2);
  });
});
