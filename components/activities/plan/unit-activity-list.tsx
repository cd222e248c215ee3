import { Link } from "@/lib/core/i18n/navigation";
import type { UnitActivity } from "@/lib/activities/plan/queries";
import { LiveStatus } from "@/components/activities/participation/live-status";
import { ActivityStatusBadge } from "./activity-status-badge";
import { PlannedWhen } from "./planned-when";

/** A compact list of one year's activities led by a unit (the unit is the lead, so it is not repeated). */
export function UnitActivityList({ activities }: { activities: readonly UnitActivity[] }) {
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {activities.map((activity) => (
        <li key={activity.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
          <span className="w-24 shrink-0 text-sm text-stone-600">
            <PlannedWhen year={activity.year} month={activity.plannedMonth} date={activity.plannedDate} />
          </span>
          <div className="flex-1">
            <Link
              href={`/activities/${activity.id}`}
              className="font-medium text-stone-900 hover:text-brand-700 hover:underline"
            >
              {activity.title}
            </Link>
            {/* Reported activities show who came; the list has no room for running sign-ups. */}
            <LiveStatus activity={{ ...activity, leadUnit: true }} reportOnly />
          </div>
          <span>
            <ActivityStatusBadge status={activity.status} hasLeadUnit />
          </span>
        </li>
      ))}
    </ul>
  );
}
