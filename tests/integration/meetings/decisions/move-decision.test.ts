// Writers reorder a meeting's decisions one place at a time.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { moveDecision } from "@/lib/meetings/decisions/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createDecision } from "@/tests/factories/decisions";
import { createMeeting } from "@/tests/factories/meetings";
import { actAs, formData } from "@/tests/integration/helpers/session";

let host: { id: number };
let meetingId: number;
let ids: number[];

beforeEach(async () => {
  host = await createUnit();
  const owner = await createUnit();
  meetingId = (await createMeeting({ hostUnitId: host.id, startsInHours: -24 })).id;
  ids = [];
  for (const position of [0, 1, 2]) ids.push((await createDecision(meetingId, owner.id, { position })).id);
});

const order = async () =>
  (
    await db.decision.findMany({
      where: { meetingId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    })
  ).map((row) => row.id);
const move = (decisionId: number, direction: string) =>
  moveDecision(initialFormState, formData({ decisionId, direction }));

describe("reordering decisions", () => {
  it("moves a decision up or down one place and audits it", async () => {
    actAs(await createSecretary(host.id));
    expect((await move(ids[2]!, "up")).ok).toBe(true);
    expect(await order()).toEqual([ids[0], ids[2], ids[1]]);
    expect((await move(ids[0]!, "down")).ok).toBe(true);
    expect(await order()).toEqual([ids[2], ids[0], ids[1]]);
    expect(await db.auditLog.count({ where: { action: "decision.move" } })).toBe(2);
  });

  it("leaves the first and last in place at the ends", async () => {
    actAs(await createAdmin());
    expect((await move(ids[0]!, "up")).ok).toBe(true);
    expect((await move(ids[2]!, "down")).ok).toBe(true);
    expect(await order()).toEqual(ids);
  });

  it("refuses a secretary of another unit and a bad direction, changing nothing", async () => {
    actAs(await createSecretary((await createUnit()).id));
    expect((await move(ids[1]!, "up")).message?.key).toBe("core.errors.forbidden");
    actAs(await createAdmin());
    expect((await move(ids[1]!, "sideways")).fieldErrors?.direction?.[0]?.key).toBe("core.validation.choice");
    expect((await move(999_999, "up")).message?.key).toBe("meetings.decisions.errors.notFound");
    expect(await order()).toEqual(ids);
  });
});
