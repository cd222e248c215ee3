import { describe, expect, it } from "vitest";
import { inForceDuring, shownToUnit, type PairingSpan } from "./pairing-year";

const span = (
  status: PairingSpan["status"],
  startsOn: string,
  endedAt: string | null = null,
): PairingSpan => ({
  status,
  startsOn: new Date(`${startsOn}T00:00:00Z`),
  endedAt: endedAt === null ? null : new Date(endedAt),
});

describe("inForceDuring", () => {
  it("counts an active or paused pairing from the year it starts on", () => {
    expect(inForceDuring(span("ACTIVE", "2024-03-01"), 2024)).toBe(true);
    expect(inForceDuring(span("ACTIVE", "2024-03-01"), 2026)).toBe(true);
    expect(inForceDuring(span("PAUSED", "2024-03-01"), 2025)).toBe(true);
    expect(inForceDuring(span("ACTIVE", "2025-01-01"), 2024)).toBe(false);
  });

  it("counts an ended pairing up to the Beijing year it ended in", () => {
    // 2025-12-31 17:00 UTC is 1 January 2026 in Beijing.
    const ended = span("ENDED", "2024-03-01", "2025-12-31T17:00:00Z");
    expect(inForceDuring(ended, 2024)).toBe(true);
    expect(inForceDuring(ended, 2026)).toBe(true);
    expect(inForceDuring(ended, 2027)).toBe(false);
  });

  it("never counts a proposal or a declined pairing", () => {
    expect(inForceDuring(span("PROPOSED", "2024-03-01"), 2024)).toBe(false);
    expect(inForceDuring(span("DECLINED", "2024-03-01"), 2024)).toBe(false);
  });
});

describe("shownToUnit", () => {
  it("adds the unit's waiting proposals, not its declined ones", () => {
    expect(shownToUnit(span("PROPOSED", "2024-03-01"), 2024)).toBe(true);
    expect(shownToUnit(span("PROPOSED", "2025-03-01"), 2024)).toBe(false);
    expect(shownToUnit(span("DECLINED", "2024-03-01"), 2024)).toBe(false);
  });
});
