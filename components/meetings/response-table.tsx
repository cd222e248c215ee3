import { getFormatter, getTranslations } from "next-intl/server";
import type { AdminMeeting } from "@/lib/meetings/queries";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RemindAllForm, RemindUnitForm } from "./remind-forms";

const tones: Record<string, BadgeTone> = {
  PENDING: "amber",
  ATTEND: "green",
  DELEGATE: "blue",
  EXCUSED: "neutral",
};

/** Who answered what, with counts per answer and reminders for the silent units. */
export async function ResponseTable({ meeting, canRemind }: { meeting: AdminMeeting; canRemind: boolean }) {
  const [t, tm, format] = await Promise.all([
    getTranslations("meetings.meeting.responses"),
    getTranslations("meetings.meeting"),
    getFormatter(),
  ]);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short" }) : t("never");
  const answers = ["ATTEND", "DELEGATE", "EXCUSED", "PENDING"] as const;
  return (
    <div className="space-y-3">
      <ul className="flex flex-wrap gap-2" aria-label={tm("admin.answers")}>
        {answers.map((answer) => (
          <li key={answer}>
            <Badge tone={tones[answer]}>
              {tm(`response.${answer}`)} {meeting.counts[answer]}
            </Badge>
          </li>
        ))}
      </ul>
      {canRemind && meeting.counts.PENDING > 0 ? <RemindAllForm meetingId={meeting.id} /> : null}
      {meeting.invitations.length === 0 ? (
        <p className="text-stone-600">{t("noInvitations")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-300 text-stone-600">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("unit")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("answer")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("detail")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("answeredAt")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("lastReminded")}
                </th>
                {canRemind ? (
                  <th scope="col" className="py-2">
                    <span className="sr-only">{t("remind")}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {meeting.invitations.map((row) => (
                <tr key={row.unitId}>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {row.unit.name}
                  </th>
                  <td className="py-2 pr-3">
                    <Badge tone={tones[row.response]}>{tm(`response.${row.response}`)}</Badge>
                  </td>
                  <td className="py-2 pr-3 break-words">
                    {row.delegateName || row.excuseReason || t("never")}
                  </td>
                  <td className="py-2 pr-3">{when(row.respondedAt)}</td>
                  <td className="py-2 pr-3">{when(row.lastRemindedAt)}</td>
                  {canRemind ? (
                    <td className="py-2">
                      {row.response === "PENDING" ? (
                        <RemindUnitForm meetingId={meeting.id} unitId={row.unitId} unit={row.unit.name} />
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
