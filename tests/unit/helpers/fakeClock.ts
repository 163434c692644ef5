/** A clock the test moves by hand; services take it as their `clock` option. */
export interface FakeClock {
  (): Date;
  set(instant: Date): void;
  advance(milliseconds: number): void;
}

/** Starts at noon local time on 2026-11-29, so the local calendar date is the same in every time zone. */
export function createFakeClock(start: Date = new Date(2026, 10, 29, 12, 0, 0)): FakeClock {
  let current = start.getTime();
  const clock = (() => new Date(current)) as FakeClock;
  clock.set = (instant) => {
    current = instant.getTime();
  };
  clock.advance = (milliseconds) => {
    current += milliseconds;
  };
  return clock;
}
