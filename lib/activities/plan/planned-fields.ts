import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the annual list itself says about an activity: the columns an admin types or imports, shown
 * on the public activity page, in the admin's list and in the export.
 */
export const plannedFieldsSelect = {
  title: true,
  type: true,
  commitment: true,
  plannedMonth: true,
  plannedDate: true,
  channel: true,
  format: true,
  reach: true,
  capacity: true,
  place: true,
} satisfies Prisma.ActivitySelect;
