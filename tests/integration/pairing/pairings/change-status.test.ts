// An admin moves a pairing along its lifecycle: approve or decline a proposal, pause, resume and
// end. Each step is checked by the state machine, decided by the database when two admins race,
// recorded in the history and the audit log, and told to every unit of the pairing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { changePairingStatus } from "@/lib/pairing/pairings/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createPairing, createPairingCommunity } from "@/tests/factories/pairing";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function pairingOf(status: "PROPOSED" | "ACTIVE" | "PAUSED", units = 1) {
  const members = [];
  for (let i = 0; i < units; i += 1) {
    const unit = await createUnit();
    members.push({ unit, secretary: await createSecretary(unit.id) });
  }
  const community = await createPairingCommunity();
  const pairing = await createPairing(
    community.id,
    members.map((m) => m.unit.id),
    status,
  );
  return { members, community, pairing };
}

const step = (pairingId: number, version: number, transition: string, reason?: string) =>
  changePairingStatus(initialFormState, formData({ pairingId, version, transition, reason }));

const current = (id: number) =>
  db.pairing.findUniqueOrThrow({
    where: { id },
    include: { units: true, events: { orderBy: { id: "asc" } } },
  });

describe("changing a pairing's status", () => {
  it("approves a proposal: active, history, audit, and the unit told with a link to the pairing", async () => {
    const { members, community, pairing } = await pairingOf("PROPOSED");
    const admin = await createAdmin();
    actAs(admin);
    expect(await step(pairing.id, 0, "approve")).toMatchObject({
      ok: true,
      message: { key: "pairing.pairings.done.approve" },
    });
    const after = await current(pairing.id);
    expect(after).toMatchObject({ status: "ACTIVE", version: 1, reason: "" });
    expect(after.units.every((u) => u.live)).toBe(true);
    expect(after.events.map((e) => [e.status, e.actorId])).toEqual([
      ["PROPOSED", null],
      ["ACTIVE", admin.id],
    ]);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: members[0]!.secretary.id } });
    expect(notice).toMatchObject({
      kind: "PAIRING_APPROVED",
      pairingId: pairing.id,
      values: { title: community.name },
    });
    expect(
      await db.auditLog.findFirstOrThrow({ where: { entity: "Pairing", entityId: String(pairing.id) } }),
    ).toMatchObject({ action: "pairing.approve", actorId: admin.id, unitId: members[0]!.unit.id });
  });

  it("declines a proposal only with a reason, keeps the reason, frees the unit and tells it", async () => {
    const { members, community, pairing } = await pairingOf("PROPOSED");
    actAs(await createAdmin());
    expect((await step(pairing.id, 0, "decline", "  ")).fieldErrors?.reason).toEqual([
      { key: "pairing.pairings.reasonRequired" },
    ]);
    expect((await current(pairing.id)).status).toBe("PROPOSED");
    expect(await step(pairing.id, 0, "decline", "社区已有结对单位")).toMatchObject({ ok: true });
    const after = await current(pairing.id);
    expect(after).toMatchObject({ status: "DECLINED", reason: "社区已有结对单位" });
    expect(after.units.map((u) => u.live)).toEqual([false]);
    expect(after.events.at(-1)).toMatchObject({ status: "DECLINED", reason: "社区已有结对单位" });
    expect(
      await db.notification.findFirstOrThrow({ where: { userId: members[0]!.secretary.id } }),
    ).toMatchObject({
      kind: "PAIRING_DECLINED",
      values: { title: community.name, reason: "社区已有结对单位" },
    });
  });

  it("pauses with a reason, resumes, and ends with a reason, telling every unit of a group each time", async () => {
    const { members, pairing } = await pairingOf("ACTIVE", 3);
    actAs(await createAdmin());
    expect((await step(pairing.id, 0, "pause")).fieldErrors?.reason).toEqual([
      { key: "pairing.pairings.reasonRequired" },
    ]);
    expect(await step(pairing.id, 0, "pause", "社区改造施工")).toMatchObject({ ok: true });
    expect(await step(pairing.id, 1, "resume")).toMatchObject({
      ok: true,
      message: { key: "pairing.pairings.done.resume" },
    });
    expect((await current(pairing.id)).reason).toBe("");
    expect((await step(pairing.id, 2, "end")).fieldErrors?.reason).toEqual([
      { key: "pairing.pairings.reasonRequired" },
    ]);
    expect(await step(pairing.id, 2, "end", "三年结对期满")).toMatchObject({ ok: true });
    const after = await current(pairing.id);
    expect(after).toMatchObject({ status: "ENDED", reason: "三年结对期满", version: 3 });
    expect(after.units.every((u) => !u.live)).toBe(true);
    expect(after.events.map((e) => e.status)).toEqual(["ACTIVE", "PAUSED", "ACTIVE", "ENDED"]);
    for (const { secretary } of members) {
      const notices = await db.notification.findMany({
        where: { userId: secretary.id },
        orderBy: { id: "asc" },
      });
      expect(notices.map((n) => [n.kind, (n.values as { date?: string }).date])).toEqual([
        ["PAIRING_CHANGED", "PAUSED"],
        ["PAIRING_CHANGED", "ACTIVE"],
        ["PAIRING_CHANGED", "ENDED"],
      ]);
    }
    const audits = await db.auditLog.findMany({
      where: { entity: "Pairing", entityId: String(pairing.id) },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.action, a.unitId])).toEqual([
      ["pairing.pause", null],
      ["pairing.resume", null],
      ["pairing.end", null],
    ]);
  });

  it("refuses steps the lifecycle does not allow, saying so and changing nothing", async () => {
    const proposed = await pairingOf("PROPOSED");
    const active = await pairingOf("ACTIVE");
    actAs(await createAdmin());
    expect(await step(proposed.pairing.id, 0, "end", "不合适")).toMatchObject({
      ok: false,
      message: {
        key: "pairing.pairings.invalidTransition",
        values: { transition: "end", status: "PROPOSED" },
      },
    });
    expect((await step(active.pairing.id, 0, "approve")).message).toMatchObject({
      key: "pairing.pairings.invalidTransition",
    });
    expect((await step(active.pairing.id, 0, "resume")).message).toMatchObject({
      key: "pairing.pairings.invalidTransition",
    });
    expect((await step(active.pairing.id, 0, "reopen")).fieldErrors?.transition).toEqual([
      { key: "core.validation.choice" },
    ]);
    await db.pairing.update({ where: { id: active.pairing.id }, data: { status: "ENDED", reason: "到期" } });
    expect((await step(active.pairing.id, 0, "resume")).message).toMatchObject({
      key: "pairing.pairings.invalidTransition",
    });
    expect((await current(proposed.pairing.id)).events).toHaveLength(1);
    expect(
      await db.notification.count({ where: { pairingId: { in: [proposed.pairing.id, active.pairing.id] } } }),
    ).toBe(0);
  });

  it("lets exactly one of two admins approving at once win; the other is told the pairing changed meanwhile", async () => {
    const { members, pairing } = await pairingOf("PROPOSED");
    actAs(await createAdmin());
    const states = await Promise.all([step(pairing.id, 0, "approve"), step(pairing.id, 0, "approve")]);
    expect(states.filter((s) => s.ok)).toHaveLength(1);
    expect(states.find((s) => !s.ok)?.message).toEqual({ key: "pairing.pairings.changedMeanwhile" });
    const after = await current(pairing.id);
    expect(after).toMatchObject({ status: "ACTIVE", version: 1 });
    expect(after.events).toHaveLength(2);
    expect(await db.notification.count({ where: { userId: members[0]!.secretary.id } })).toBe(1);
  });

  it("lets one of an approval and a decline sent at once win, never both", async () => {
    const { pairing } = await pairingOf("PROPOSED");
    actAs(await createAdmin());
    const states = await Promise.all([
      step(pairing.id, 0, "approve"),
      step(pairing.id, 0, "decline", "重复申请"),
    ]);
    expect(states.filter((s) => s.ok)).toHaveLength(1);
    const after = await current(pairing.id);
    expect(after.events).toHaveLength(2);
    expect(["ACTIVE", "DECLINED"]).toContain(after.status);
  });

  it("refuses a stale form and an unknown pairing", async () => {
    const { pairing } = await pairingOf("ACTIVE");
    actAs(await createAdmin());
    expect((await step(pairing.id, 5, "pause", "施工")).message).toEqual({
      key: "pairing.pairings.changedMeanwhile",
    });
    expect((await step(2_000_000_000, 0, "pause", "施工")).message).toEqual({
      key: "pairing.pairings.notFound",
    });
    expect((await current(pairing.id)).status).toBe("ACTIVE");
  });

  it("is for admins only: a secretary of the pairing's unit cannot approve it", async () => {
    const { members, pairing } = await pairingOf("PROPOSED");
    actAs(members[0]!.secretary);
    expect((await step(pairing.id, 0, "approve")).message).toEqual({ key: "core.errors.forbidden" });
    expect((await current(pairing.id)).status).toBe("PROPOSED");
  });

  it("has the database refuse an ended or declined pairing without a reason", async () => {
    const { pairing } = await pairingOf("ACTIVE");
    await expect(
      db.pairing.update({ where: { id: pairing.id }, data: { status: "ENDED", reason: "" } }),
    ).rejects.toThrow(/Pairing_reason_check/);
  });
});
