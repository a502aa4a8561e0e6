/**
 * Sends "Something wrong with this advice?" reports, and keeps them on this device while there is no
 * connection: the check works offline, so a person may find advice wrong with no network, and the report
 * should not be lost for it. Queued reports go when the browser says it is online again, or at the next
 * start of the app. A report the server refuses (bad input) is dropped, since sending it again cannot
 * help; one it cannot take now (rate limit, server down) stays queued only if it was queued already.
 */
import { ApiError, type FeedbackBody, sendFeedback } from '../account/api-client.ts';

export const QUEUE_KEY = 'backease.feedbackQueue';

export type SendOutcome = 'sent' | 'queued' | 'too_many' | 'refused';

function readQueue(): FeedbackBody[] {
  try {
    const raw = localStorage.getItem(QUEUE_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? (list as FeedbackBody[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(list: readonly FeedbackBody[]): void {
  try {
    if (list.length === 0) localStorage.removeItem(QUEUE_KEY);
    else localStorage.setItem(QUEUE_KEY, JSON.stringify(list));
  } catch {
    // Storage full or off: the report cannot wait, and the form has said it is queued; nothing more to do.
  }
}

/** A failure that may pass: no connection, or the server not answering properly. */
const transient = (e: unknown) => e instanceof ApiError && (e.status === 0 || e.status >= 500);

export async function submitReport(report: FeedbackBody): Promise<SendOutcome> {
  try {
    await sendFeedback(report);
    return 'sent';
  } catch (e) {
    if (transient(e)) {
      writeQueue([...readQueue(), report]);
      listenForOnline();
      return 'queued';
    }
    if (e instanceof ApiError && e.status === 429) return 'too_many';
    return 'refused';
  }
}

let flushing: Promise<void> | null = null;

/** Sends what is queued, oldest first; stops at the first report that cannot go yet. */
export function flushQueue(): Promise<void> {
  flushing ??= (async () => {
    try {
      for (;;) {
        const [next, ...rest] = readQueue();
        if (!next) return;
        try {
          await sendFeedback(next);
        } catch (e) {
          if (transient(e) || (e instanceof ApiError && e.status === 429)) return;
        }
        // Sent, or refused for good: either way it leaves the queue.
        writeQueue(rest);
      }
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

let listening = false;

function listenForOnline(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('online', () => void flushQueue());
}

/** At start-up: send anything left from an earlier visit, and whatever waits from now on. */
export function startFeedbackQueue(): void {
  listenForOnline();
  if (readQueue().length > 0) void flushQueue();
}
