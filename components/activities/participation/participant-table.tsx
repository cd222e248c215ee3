import { getTranslations } from "next-intl/server";
import type { LedActivity } from "@/lib/activities/participation/queries";

type Row = LedActivity["participations"][number];

/** One list of units on the lead's page (signed up, waitlist in order, withdrawn). */
export async function ParticipantTable({
  id,
  title,
  rows,
  when,
  whenLabel,
  ordered = false,
}: {
  id: string;
  title: string;
  rows: Row[];
  when: (row: Row) => string;
  whenLabel?: string;
  ordered?: boolean;
}) {
  const t = await getTranslations("activities.participation");
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-2">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="text-stone-600">{t("noneYet")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                {ordered ? (
                  <th scope="col" className="py-2 pr-3">
                    #
                  </th>
                ) : null}
                <th scope="col" className="py-2 pr-3">
                  {t("unitColumn")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("headcountColumn")}
                </th>
                <th scope="col" className="py-2">
                  {whenLabel ?? t("signedUpAt")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.id} className="border-b border-stone-200">
                  {ordered ? <td className="py-2 pr-3">{index + 1}</td> : null}
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {row.unit.name}
                  </th>
                  <td className="py-2 pr-3">{row.headcount}</td>
                  <td className="py-2 text-stone-600">{when(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
