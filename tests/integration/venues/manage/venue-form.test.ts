// Registering and editing a venue: every rule of the form, ownership and the version check.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createVenue, updateVenue } from "@/lib/venues/manage/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createVenue as createVenueRow } from "@/tests/factories/venues";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { venueFields } from "./helpers";

async function secretary() {
  const unit = await createUnit();
  const user = await createSecretary(unit.id);
  actAs(user);
  return { unit, user };
}

const create = (fields: Record<string, string | number | boolean | undefined>) =>
  createVenue(initialFormState, formData(fields));

describe("registering a venue", () => {
  it("saves the venue of the secretary's unit with its opening hours and an audit record", async () => {
    const { unit, user } = await secretary();
    const state = await create(venueFields({ name: "三楼健身房", quantity: 3, monthlyQuota: "4" }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const venue = await db.venue.findUniqueOrThrow({
      where: { id: Number(state.data?.id) },
      include: { openingHours: { orderBy: { weekday: "asc" } } },
    });
    expect(venue).toMatchObject({ unitId: unit.id, name: "三楼健身房", quantity: 3, monthlyQuota: 4 });
    expect(venue.needsApproval).toBe(true);
    expect(Number(venue.latitude)).toBe(32.2);
    expect(venue.openingHours.map((row) => row.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(venue.openingHours[0]).toMatchObject({ opensAt: 480, closesAt: 1260 });
    const audit = await db.auditLog.findFirst({
      where: { action: "venue.create", entityId: String(venue.id) },
    });
    expect(audit?.actorId).toBe(user.id);
  });

  it.each([
    ["quantity 0", { quantity: 0 }, "quantity"],
    ["quantity 51", { quantity: 51 }, "quantity"],
    ["latitude out of range", { latitude: "40" }, "latitude"],
    ["longitude out of range", { longitude: "100" }, "longitude"],
    ["a bad time", { opens1: "8am" }, "opens1"],
    ["closes before opens", { opens2: "20:00", closes2: "09:00" }, "closes2"],
    ["notice over 720 hours", { minNoticeHours: 721 }, "minNoticeHours"],
    ["ahead 0 days", { maxAdvanceDays: 0 }, "maxAdvanceDays"],
    ["max duration 10", { maxDurationMinutes: 10 }, "maxDurationMinutes"],
    ["buffer 241", { bufferMinutes: 241 }, "bufferMinutes"],
    ["unknown kind", { kind: "CASTLE" }, "kind"],
    ["no name", { name: "" }, "name"],
  ])("refuses %s on its field and saves nothing", async (_label, overrides, field) => {
    const { unit } = await secretary();
    const state = await create(venueFields(overrides));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.[field]).toBeDefined();
    expect(await db.venue.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("names the closing-time rule", async () => {
    await secretary();
    const state = await create(venueFields({ opens3: "18:00", closes3: "18:00" }));
    expect(state.fieldErrors?.closes3?.[0]?.key).toBe("venues.manage.validation.closesBeforeOpens");
  });

  it("reports bad hours together with other mistakes", async () => {
    await secretary();
    const state = await create(venueFields({ latitude: "40", opens4: "20:00", closes4: "08:00" }));
    expect(state.fieldErrors?.latitude).toBeDefined();
    expect(state.fieldErrors?.closes4?.[0]?.key).toBe("venues.manage.validation.closesBeforeOpens");
  });

  it("refuses a second venue of the same name in the unit", async () => {
    const { unit } = await secretary();
    expect((await create(venueFields({ name: "会议室A" }))).ok).toBe(true);
    const state = await create(venueFields({ name: "会议室A" }));
    expect(state.fieldErrors?.name?.[0]?.key).toBe("venues.manage.errors.nameTaken");
    expect(await db.venue.count({ where: { unitId: unit.id } })).toBe(1);
  });

  it("refuses an admin without a unit", async () => {
    actAs(await createAdmin());
    const state = await create(venueFields());
    expect(state.message?.key).toBe("venues.manage.errors.noUnit");
  });
});

describe("editing a venue", () => {
  it("saves with the current version and bumps it", async () => {
    const { unit } = await secretary();
    const venue = await createVenueRow(unit.id);
    const state = await updateVenue(
      initialFormState,
      formData(venueFields({ venueId: venue.id, version: venue.version, name: "新名字", closed1: "on" })),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const saved = await db.venue.findUniqueOrThrow({
      where: { id: venue.id },
      include: { openingHours: true },
    });
    expect(saved).toMatchObject({ name: "新名字", version: venue.version + 1 });
    expect(saved.openingHours.map((row) => row.weekday).sort()).toEqual([2, 3, 4, 5, 6]);
    expect(await db.auditLog.count({ where: { action: "venue.update", entityId: String(venue.id) } })).toBe(
      1,
    );
  });

  it("refuses a stale version and changes nothing", async () => {
    const { unit } = await secretary();
    const venue = await createVenueRow(unit.id);
    await db.venue.update({ where: { id: venue.id }, data: { version: { increment: 1 } } });
    const state = await updateVenue(
      initialFormState,
      formData(venueFields({ venueId: venue.id, version: venue.version, name: "过期修改" })),
    );
    expect(state.message?.key).toBe("venues.manage.errors.staleVersion");
    expect((await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).name).toBe(venue.name);
  });

  it("refuses another unit's secretary and changes nothing", async () => {
    const owner = await createUnit();
    const venue = await createVenueRow(owner.id);
    await secretary();
    const state = await updateVenue(
      initialFormState,
      formData(venueFields({ venueId: venue.id, version: venue.version, name: "抢占" })),
    );
    expect(state.message?.key).toBe("core.errors.forbidden");
    const after = await db.venue.findUniqueOrThrow({
      where: { id: venue.id },
      include: { openingHours: true },
    });
    expect(after.name).toBe(venue.name);
    expect(after.openingHours).toHaveLength(7);
  });

  it("refuses fewer courts while upcoming bookings use the removed ones", async () => {
    const { unit, user } = await secretary();
    const venue = await createVenueRow(unit.id, { quantity: 3 });
    const startsAt = new Date(Date.now() + 86_400_000);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    await db.booking.create({
      data: {
        venueId: venue.id,
        court: 3,
        unitId: unit.id,
        bookedById: user.id,
        startsAt,
        endsAt,
        blockedUntil: endsAt,
        purpose: "训练",
        headcount: 4,
        status: "CONFIRMED",
        requestKey: `k-${venue.id}`,
      },
    });
    const fields = (quantity: number) =>
      formData(venueFields({ venueId: venue.id, version: venue.version, quantity }));
    const refused = await updateVenue(initialFormState, fields(2));
    expect(refused.fieldErrors?.quantity?.[0]?.key).toBe("venues.manage.errors.quantityInUse");
    expect((await db.venue.findUniqueOrThrow({ where: { id: venue.id } })).quantity).toBe(3);
    expect((await updateVenue(initialFormState, fields(4))).ok).toBe(true);
  });

  it("lets an admin edit any unit's venue", async () => {
    const owner = await createUnit();
    const venue = await createVenueRow(owner.id);
    actAs(await createAdmin());
    const state = await updateVenue(
      initialFormState,
      formData(venueFields({ venueId: venue.id, version: venue.version, name: "管理员修改" })),
    );
    expect(state.ok).toBe(true);
  });
});
