// GET /api/activities/<id>/viewer: the cached activity page's island. Visitors get the hints,
// a secretary their unit's action, never anything for a year that is not published.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/activities/[id]/viewer/route";
import { createAdmin } from "@/tests/factories";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";
import { createMember, createOpenActivity, createUnclaimedActivity } from "@/tests/factories/participation";
import { actAs } from "@/tests/integration/helpers/session";

const year = new Date().getUTCFullYear() + 1;

async function ask(id: number | string) {
  const response = await GET(new Request(`http://localhost/api/activities/${id}/viewer`), {
    params: Promise.resolve({ id: String(id) }),
  });
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return { status: response.status, body: (await response.json()) as { viewer?: unknown } };
}

describe("GET /api/activities/<id>/viewer", () => {
  it("tells a visitor to sign in while an activity is claimable", async () => {
    const activity = await createUnclaimedActivity(year);
    actAs(null);
    expect(await ask(activity.id)).toEqual({
      status: 200,
      body: { viewer: { signedIn: false, canAct: true, mayClaim: true } },
    });
  });

  it("gives a secretary their unit's button and the lead unit its own activity", async () => {
    const lead = await createMember();
    const activity = await createOpenActivity(year, lead.unit.id, 30);
    const guest = await createMember();
    actAs(guest.user);
    expect((await ask(activity.id)).body).toEqual({
      viewer: { signedIn: true, mine: null, action: { kind: "join" }, unclaimed: false, full: false },
    });
    actAs(lead.user);
    expect((await ask(activity.id)).body).toMatchObject({ viewer: { action: { kind: "lead" } } });
  });

  it("gives an admin no action and no sign-in hint", async () => {
    const activity = await createUnclaimedActivity(year);
    actAs(await createAdmin());
    expect((await ask(activity.id)).body).toMatchObject({ viewer: { signedIn: true, action: null } });
  });

  it("answers 404 for an unpublished year's activity and for a malformed id", async () => {
    const draftYear = year + 7;
    await createPlan(draftYear, "DRAFT");
    const hidden = await createPlanActivity(draftYear);
    actAs(null);
    expect((await ask(hidden.id)).status).toBe(404);
    expect((await ask("abc")).status).toBe(404);
  });
});
