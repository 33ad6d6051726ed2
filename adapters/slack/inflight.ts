// Work done after the ack, tracked so that stop() can let it finish (graceful SIGTERM drain).
export interface Inflight {
  run(work: () => Promise<void>): Promise<void>;
  /** Resolves when all tracked work has settled, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
}

export function createInflight(): Inflight {
  const pending = new Set<Promise<void>>();
  return {
    run(work) {
      const task = work().finally(() => pending.delete(task));
      pending.add(task);
      return task;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.allSettled([...pending]).then(() => undefined), timeout]);
      clearTimeout(timer);
    },
  };
}
