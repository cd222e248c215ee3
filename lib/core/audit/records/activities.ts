import "server-only";
import { db } from "@/lib/core/db";
import { byId, intIds, type RecordTitle, type Resolvers } from "./types";

// Titles of the plan's records: activities and what hangs off them, plan years, commitments.

type ActivityLink = { id: number; title: string; year: number };

const activitySelect = { select: { id: true, title: true, year: true } } as const;

export const activityHref = (activity: { id: number; year: number }) =>
  `/admin/plan/${activity.year}/activities/${activity.id}`;

function onActivity(activity: ActivityLink, detail?: string): RecordTitle {
  return { title: detail ? `${activity.title} · ${detail}` : activity.title, href: activityHref(activity) };
}

const commitmentsHref = (year: number) => `/admin/commitments?year=${year}`;

export const activityResolvers = {
  Activity: (ids) =>
    byId(
      ids,
      (id) =>
        db.activity.findMany({ where: { id: { in: id } }, select: { id: true, title: true, year: true } }),
      (row) => onActivity(row),
    ),
  ActivityReport: (ids) =>
    byId(
      ids,
      (id) =>
        db.activityReport.findMany({
          where: { id: { in: id } },
          select: { id: true, activity: activitySelect },
        }),
      (row) => onActivity(row.activity),
    ),
  Participation: (ids) =>
    byId(
      ids,
      (id) =>
        db.participation.findMany({
          where: { id: { in: id } },
          select: { id: true, unit: { select: { name: true } }, activity: activitySelect },
        }),
      (row) => onActivity(row.activity, row.unit.name),
    ),
  CheckIn: (ids) =>
    byId(
      ids,
      (id) =>
        db.checkIn.findMany({
          where: { id: { in: id } },
          select: { id: true, user: { select: { name: true } }, activity: activitySelect },
        }),
      (row) => onActivity(row.activity, row.user.name),
    ),
  ReportPhoto: (ids) =>
    byId(
      ids,
      (id) =>
        db.reportPhoto.findMany({
          where: { id: { in: id } },
          select: { id: true, report: { select: { activity: activitySelect } } },
        }),
      (row) => onActivity(row.report.activity),
    ),
  // Plan years are keyed by the year itself.
  PlanYear: async (ids) => {
    const years = intIds(ids);
    if (years.length === 0) return new Map();
    const rows = await db.planYear.findMany({
      where: { year: { in: years } },
      select: { year: true, title: true },
    });
    return new Map(
      rows.map((row) => [
        String(row.year),
        { title: row.title || String(row.year), href: `/admin/plan/${row.year}` },
      ]),
    );
  },
  CommitmentRecord: (ids) =>
    byId(
      ids,
      (id) =>
        db.commitmentRecord.findMany({
          where: { id: { in: id } },
          select: { id: true, title: true, year: true, unit: { select: { name: true } } },
        }),
      (row) => ({ title: `${row.title} · ${row.unit.name}`, href: commitmentsHref(row.year) }),
    ),
  CommitmentPhoto: (ids) =>
    byId(
      ids,
      (id) =>
        db.commitmentPhoto.findMany({
          where: { id: { in: id } },
          select: {
            id: true,
            record: { select: { title: true, year: true, unit: { select: { name: true } } } },
          },
        }),
      (row) => ({
        title: `${row.record.title} · ${row.record.unit.name}`,
        href: commitmentsHref(row.record.year),
      }),
    ),
} satisfies Partial<Resolvers>;
