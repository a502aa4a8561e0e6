import { describe, expect, it, vi } from 'vitest';
import { testConfig } from '../config/config.ts';
import { closeAll, startupWarnings } from './serve.ts';

const closes = () => ({ close: vi.fn(async () => {}) });
const throws = (message: string) => ({
  close: vi.fn(async () => {
    throw new Error(message);
  }),
});

describe('closeAll (shutdown on SIGTERM/SIGINT)', () => {
  it('closes the app, then the store, and exits 0', async () => {
    const app = closes();
    const store = closes();
    const logger = { error: vi.fn() };
    expect(await closeAll(app, store, logger)).toBe(0);
    expect(app.close).toHaveBeenCalledOnce();
    expect(store.close).toHaveBeenCalledOnce();
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('exits 1 and logs the error when the store fails to close', async () => {
    const logger = { error: vi.fn() };
    expect(await closeAll(closes(), throws('pool end failed'), logger)).toBe(1);
    expect(logger.error).toHaveBeenCalledWith(
      { err: expect.objectContaining({ message: 'pool end failed' }) },
      'closing the store failed',
    );
  });

  it('still closes the store when the app fails to close, and exits 1', async () => {
    const store = closes();
    const logger = { error: vi.fn() };
    expect(await closeAll(throws('server close failed'), store, logger)).toBe(1);
    expect(store.close).toHaveBeenCalledOnce();
    expect(logger.error).toHaveBeenCalledOnce();
  });
});

describe('startupWarnings', () => {
  it('warns that TRUST_PROXY=true lets any client choose its address, and nothing for a proxy list', () => {
    expect(startupWarnings(testConfig({ trustProxy: true })).join(' ')).toMatch(
      /TRUST_PROXY=true.*every client/,
    );
    expect(startupWarnings(testConfig({ trustProxy: ['10.0.0.5'] }))).toEqual([]);
    expect(startupWarnings(testConfig({ trustProxy: 1 }))).toEqual([]);
    expect(startupWarnings(testConfig())).toEqual([]);
  });
});
