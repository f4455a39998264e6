/**
 * A fake clock for one SDK instance: the bundle's setTimeout/setInterval/Date read it, and a test
 * moves it forward with `advance`. Timers fire in due order; pending promise jobs run between them,
 * so `await`-chains inside the SDK settle as they would in a browser.
 */
interface Timer {
  id: number;
  due: number;
  callback: () => void;
  interval?: number;
}

/** Lets every queued promise job (of any realm) run: a macrotask of the real event loop. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class FakeClock {
  /** Milliseconds since the epoch; 2026-01-01 so dates in the SDK's logs look plausible. */
  now = Date.UTC(2026, 0, 1);
  private nextId = 1;
  private readonly timers = new Map<number, Timer>();

  setTimeout = (callback: (...args: unknown[]) => void, delay = 0, ...args: unknown[]): number => {
    const id = this.nextId++;
    this.timers.set(id, { id, due: this.now + Math.max(0, Number(delay) || 0), callback: () => callback(...args) });
    return id;
  };

  setInterval = (callback: (...args: unknown[]) => void, delay = 0, ...args: unknown[]): number => {
    const id = this.nextId++;
    const interval = Math.max(1, Number(delay) || 0);
    this.timers.set(id, { id, due: this.now + interval, interval, callback: () => callback(...args) });
    return id;
  };

  clearTimer = (id: unknown): void => {
    if (typeof id === 'number') this.timers.delete(id);
  };

  /** Delays of the timers still pending, from now (for assertions such as "a 15 s timer is armed"). */
  pendingDelays(): number[] {
    return [...this.timers.values()].map((timer) => timer.due - this.now).sort((a, b) => a - b);
  }

  /** Runs every timer due within `ms`, in order, settling promise jobs after each; then sets the time. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    await settle();
    for (;;) {
      const next = [...this.timers.values()].filter((timer) => timer.due <= end).sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!next) break;
      this.now = next.due;
      if (next.interval === undefined) this.timers.delete(next.id);
      else next.due += next.interval;
      next.callback();
      await settle();
    }
    this.now = end;
    await settle();
  }
}
