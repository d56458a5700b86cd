// The cache in front of corpus-wide answers: reused while fresh, recomputed after, dropped on change.
import { describe, expect, it } from 'vitest';
import { cacheValue } from '../../ui/cached-value.ts';

describe('a cached corpus-wide answer', () => {
  const counter = () => {
    let calls = 0;
    let clock = 0;
    let release: (() => void) | undefined;
    const gate = { hold: false };
    const compute = async () => {
      calls += 1;
      const n = calls;
      if (gate.hold) await new Promise<void>((r) => { release = r; });
      return n;
    };
    return { compute, calls: () => calls, now: () => clock, tick: (ms: number) => { clock += ms; }, gate, release: () => release?.() };
  };

  it('is computed once while fresh, and again once older than freshMs', async () => {
    const c = counter();
    const cached = cacheValue(c.compute, 1000, c.now);
    expect(await cached.get()).toBe(1);
    c.tick(1000);
    expect(await cached.get()).toBe(1);
    c.tick(1);
    expect(await cached.get()).toBe(2);
    expect(c.calls()).toBe(2);
  });

  it('shares one computation between callers that arrive during it', async () => {
    const c = counter();
    const cached = cacheValue(c.compute, 1000, c.now);
    c.gate.hold = true;
    const both = Promise.all([cached.get(), cached.get()]);
    c.release();
    expect(await both).toEqual([1, 1]);
    expect(c.calls()).toBe(1);
  });

  it('is recomputed after invalidate, and a computation a change overtook is not kept', async () => {
    const c = counter();
    const cached = cacheValue(c.compute, 60_000, c.now);
    expect(await cached.get()).toBe(1);
    cached.invalidate();
    c.gate.hold = true;
    const during = cached.get();
    cached.invalidate();
    c.release();
    expect(await during).toBe(2);
    c.gate.hold = false;
    expect(await cached.get()).toBe(3);
  });
});
