/**
 * Runs an async job one at a time. A call while the job runs does not join that run (it may have read
 * the store before the caller's change): it waits for it, then runs the job once more. Every call made
 * during one run shares that next run, so a burst of changes costs at most one extra sync.
 */
export function serialRunner<T>(job: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    running = job().finally(() => {
      running = null;
    });
    return running;
  };
  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return running ?? start();
      });
    return next;
  };
}
