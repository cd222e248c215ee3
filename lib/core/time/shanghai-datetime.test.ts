import { describe, expect, it } from "vitest";
import { formatShanghaiDateTime, parseShanghaiLocalInput, toShanghaiLocalInput } from "./shanghai";

describe("Beijing date-times", () => {
  it("formats an instant as Beijing wall-clock time", () => {
    expect(formatShanghaiDateTime(new Date("2026-12-10T06:30:00Z"))).toBe("2026-12-10 14:30");
  });

  it("reads a datetime-local value as Beijing time and writes it back unchanged", () => {
    const date = parseShanghaiLocalInput("2026-01-01T07:15");
    expect(date?.toISOString()).toBe("2025-12-31T23:15:00.000Z");
    expect(toShanghaiLocalInput(date!)).toBe("2026-01-01T07:15");
  });

  it("refuses dates that do not exist and other formats", () => {
    expect(parseShanghaiLocalInput("2026-02-30T10:00")).toBeNull();
    expect(parseShanghaiLocalInput("2026-02-10 10:00")).toBeNull();
    expect(parseShanghaiLocalInput("2026-02-10T25:00")).toBeNull();
  });
});
