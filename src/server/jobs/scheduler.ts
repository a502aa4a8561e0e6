/**
 * Who runs next among the heavy jobs. At most `slots` jobs run at once (one per worker thread), at most
 * `runningPerAccount` of them for one account, so one account asking for six ten-year PDFs cannot take
 * every worker from everyone else. Jobs beyond that wait in a queue, first come first served among the
 * accounts that may run; the queue is bounded (per account and in all), and a job that finds it full is
 * refused at once with 429 and a Retry-After from the recent job times, instead of piling up memory.
 */

import { issue } from '../../contract/errors.ts';
import { msg } from '../../i18n/message.ts';
import { ApiError } from '../http-error.ts';

export interface SchedulerLimits {
  readonly slots: number;
  readonly runningPerAccount: number;
  readonly queuePerAccount: number;
  readonly queueLimit: number;
}

interface Waiting {
  readonly account: string;
  readonly start: () => void;
}

/** Seconds to suggest in Retry-After: never less than 1, never more than this. */
const MAX_RETRY_AFTER = 120;

export class JobScheduler {
  readonly #limits: SchedulerLimits;
  readonly #now: () => number;
  readonly #running = new Map<string, number>();
  readonly #waitingBy = new Map<string, number>();
  readonly #queue: Waiting[] = [];
  #runningTotal = 0;
  /** A moving average of how long jobs take, for Retry-After. */
  #averageMs = 1000;

  constructor(limits: SchedulerLimits, now: () => number = Date.now) {
    this.#limits = limits;
    this.#now = now;
  }

  /** Jobs running and waiting now (for tests and the bench). */
  get counts(): { readonly running: number; readonly waiting: number } {
    return { running: this.#runningTotal, waiting: this.#queue.length };
  }

  /** Runs `job` when a slot is free for this account; refuses with 429 when the queue is full. */
  schedule<T>(account: string, job: () => Promise<T>): Promise<T> {
    if (this.#canStart(account)) return this.#start(account, job);
    const mine = this.#waitingBy.get(account) ?? 0;
    if (mine >= this.#limits.queuePerAccount || this.#queue.length >= this.#limits.queueLimit)
      throw this.#refusal(mine);
    return new Promise<T>((resolve, reject) => {
      this.#waitingBy.set(account, mine + 1);
      this.#queue.push({
        account,
        start: () => {
          this.#start(account, job).then(resolve, reject);
        },
      });
    });
  }

  #canStart(account: string): boolean {
    return (
      this.#runningTotal < this.#limits.slots &&
      (this.#running.get(account) ?? 0) < this.#limits.runningPerAccount
    );
  }

  async #start<T>(account: string, job: () => Promise<T>): Promise<T> {
    this.#runningTotal++;
    this.#running.set(account, (this.#running.get(account) ?? 0) + 1);
    const started = this.#now();
    try {
      return await job();
    } finally {
      this.#averageMs = 0.8 * this.#averageMs + 0.2 * Math.max(0, this.#now() - started);
      this.#runningTotal--;
      const left = (this.#running.get(account) ?? 1) - 1;
      if (left === 0) this.#running.delete(account);
      else this.#running.set(account, left);
      this.#next();
    }
  }

  /** Starts the oldest waiting jobs whose accounts may run, while slots are free. */
  #next(): void {
    for (let i = 0; i < this.#queue.length && this.#runningTotal < this.#limits.slots; ) {
      const w = this.#queue[i] as Waiting;
      if (!this.#canStart(w.account)) {
        i++;
        continue;
      }
      this.#queue.splice(i, 1);
      const left = (this.#waitingBy.get(w.account) ?? 1) - 1;
      if (left === 0) this.#waitingBy.delete(w.account);
      else this.#waitingBy.set(w.account, left);
      w.start();
    }
  }

  /** 429: the account's own queue or the whole queue is full; try again when about that much has run. */
  #refusal(mine: number): ApiError {
    const mineMs = ((mine + 1) * this.#averageMs) / this.#limits.runningPerAccount;
    const allMs = (this.#queue.length / this.#limits.slots + 1) * this.#averageMs;
    const seconds = Math.min(MAX_RETRY_AFTER, Math.max(1, Math.ceil(Math.max(mineMs, allMs) / 1000)));
    return new ApiError([issue('rate_limited', '', msg('error.jobsQueueFull', { seconds }))], {
      'retry-after': String(seconds),
    });
  }
}
