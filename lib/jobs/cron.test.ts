import { describe, expect, it } from "vitest";
import { cronProblem, nextCronRun } from "@/lib/jobs/cron";
import { retryDelayMs } from "@/lib/jobs/backoff";

describe("cron schedules", () => {
  it("finds the next Monday 07:00 UTC after a Tuesday", () => {
    expect(nextCronRun("0 7 * * 1", new Date("2026-12-01T10:00:00Z")).toISOString()).toBe("2026-12-07T07:00:00.000Z");
  });

  it("is strictly after the given time", () => {
    expect(nextCronRun("*/5 * * * *", new Date("2026-12-01T10:05:00Z")).toISOString()).toBe("2026-12-01T10:10:00.000Z");
  });

  it("explains an expression that does not parse", () => {
    expect(cronProblem("0 7 * * 1")).toBeNull();
    expect(cronProblem("every monday")).toMatch(/not a cron expression/);
    expect(cronProblem("61 * * * *")).toMatch(/not a cron expression/);
  });
});

describe("retry delays", () => {
  it("double after each failure and stop growing at a day", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).toBe(86_400_000);
  });
});
