// GET /api/meetings: the cached meetings list's island. Members get every meeting (the page
// lists only the public ones); visitors nothing.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/meetings/route";
import { createSecretary, createUnit } from "@/tests/factories";
import { createMeeting } from "@/tests/factories/meetings";
import { actAs } from "@/tests/integration/helpers/session";

type Row = { id: number; title: string; startsAt: string };

async function ask() {
  const response = await GET();
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return ((await response.json()) as { meetings: { upcoming: Row[]; past: Row[] } | null }).meetings;
}

describe("GET /api/meetings", () => {
  it("gives visitors nothing", async () => {
    await createMeeting({ isPublic: false });
    actAs(null);
    expect(await ask()).toBeNull();
  });

  it("gives a member the members-only meetings too, upcoming and past", async () => {
    const closed = await createMeeting({ isPublic: false });
    const open = await createMeeting({ isPublic: true, startsInHours: -48 });
    actAs(await createSecretary((await createUnit()).id));
    const meetings = await ask();
    expect(meetings!.upcoming.map((row) => row.id)).toContain(closed.id);
    expect(meetings!.past.map((row) => row.id)).toContain(open.id);
    expect(meetings!.upcoming.find((row) => row.id === closed.id)!.startsAt).toBe(
      closed.startsAt.toISOString(),
    );
  });
});
