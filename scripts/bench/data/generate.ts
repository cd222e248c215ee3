// The bench's data set: the demo data (its accounts sign in the bench's sessions) grown to
// `units` member units with three years of plan items, sign-ups, reports, meetings with
// minutes, and bookings. Deterministic for a given seed and date; meant for an empty database.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { seedDemoData } from "../../../prisma/seed";
import { picker, seededRandom } from "../random";
import { addActivities } from "./activities";
import { addBookings } from "./bookings";
import type { GenContext } from "./context";
import { addMeetings } from "./meetings";
import { dataSetSize } from "./size";
import { addUnits } from "./units";

export interface DataSetSummary {
  units: number;
  activities: number;
  meetings: number;
  bookings: number;
}

export async function generateDataSet(
  db: PrismaClient,
  units: number,
  { now = new Date(), seed = 14 }: { now?: Date; seed?: number } = {},
): Promise<DataSetSummary> {
  await seedDemoData(db, { now });
  const size = dataSetSize(units, now.getFullYear());
  // The demo password's hash, reused: every added secretary signs in like the demo ones.
  const admin = await db.user.findFirstOrThrow({
    where: { role: "ADMIN" },
    select: { id: true, passwordHash: true },
  });
  const base = { db, size, pick: picker(seededRandom(seed)), now, adminId: admin.id };
  const ctx: GenContext = { ...base, units: await addUnits(base, admin.passwordHash) };
  await addActivities(ctx);
  await addMeetings(ctx);
  await addBookings(ctx);
  return {
    units: ctx.units.length,
    activities: await db.activity.count(),
    meetings: await db.meeting.count(),
    bookings: await db.booking.count(),
  };
}
