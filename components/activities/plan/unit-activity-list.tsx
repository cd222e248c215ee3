import Link from "next/link";
import type { UnitActivity } from "@/lib/activities/plan/queries";
import { LiveStatus } from "@/components/activities/participation/live-status";
import { ActivityStatusBadge } from "./activity-status-badge";
import { PlannedWhen } from "./planned-when";

/** A compact list of one year's items led by a unit (the unit is the lead, so it is not repeated). */
export function UnitActivityList({ items }: { items: readonly UnitActivity[] }) {
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
          <span className="w-24 shrink-0 text-sm text-stone-600">
            <PlannedWhen year={item.year} month={item.plannedMonth} date={item.plannedDate} />
          </span>
          <div className="flex-1">
            <Link
              href={`/activities/${item.id}`}
              className="font-medium text-stone-900 hover:text-brand-700 hover:underline"
            >
              {item.title}
            </Link>
            {/* Reported items show who came; the list has no room for running sign-ups. */}
            <LiveStatus item={{ ...item, leadUnit: true }} reportOnly />
          </div>
          <span>
            <ActivityStatusBadge status={item.status} hasLeadUnit />
          </span>
        </li>
      ))}
    </ul>
  );
}
