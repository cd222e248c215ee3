import { getTranslations } from "next-intl/server";
import type { UnitCommitment } from "@/lib/activities/commitments/queries";
import { CommitmentStatusBadge } from "./status-badge";

/** The five of one unit and year, each with its status and the titles that earned it. */
export async function CommitmentList({ items }: { items: UnitCommitment[] }) {
  const t = await getTranslations("activities.commitments");
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {items.map((item) => {
        const name = t(`commitment.${item.commitment}`);
        const status = t(`status.${item.status}`);
        return (
          <li key={item.commitment} className="space-y-1 p-3" data-commitment={item.commitment}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-medium">{name}</span>
              <CommitmentStatusBadge
                status={item.status}
                label={status}
                context={t("statusContext", { commitment: name })}
              />
            </div>
            {item.items.length > 0 ? (
              <ul className="text-sm text-stone-600">
                {item.items.map((evidence) => (
                  <li key={`${evidence.kind}-${evidence.id}`}>
                    {t(evidence.kind === "activity" ? "evidenceActivity" : "evidenceRecord", {
                      title: evidence.title,
                    })}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
