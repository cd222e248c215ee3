import { getFormatter, getTranslations } from "next-intl/server";
import type { AdminMeeting } from "@/lib/meetings/queries";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";
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
        <Table>
          <thead className="text-stone-600">
            <HeadRow>
              <Th>{t("unit")}</Th>
              <Th>{t("answer")}</Th>
              <Th>{t("detail")}</Th>
              <Th>{t("answeredAt")}</Th>
              <Th>{t("lastReminded")}</Th>
              {canRemind ? (
                <Th>
                  <span className="sr-only">{t("remind")}</span>
                </Th>
              ) : null}
            </HeadRow>
          </thead>
          <tbody>
            {meeting.invitations.map((row) => (
              <BodyRow key={row.unitId}>
                <Th scope="row">{row.unit.name}</Th>
                <Td>
                  <Badge tone={tones[row.response]}>{tm(`response.${row.response}`)}</Badge>
                </Td>
                <Td className="break-words">{row.delegateName || row.excuseReason || t("never")}</Td>
                <Td>{when(row.respondedAt)}</Td>
                <Td>{when(row.lastRemindedAt)}</Td>
                {canRemind ? (
                  <Td>
                    {row.response === "PENDING" ? (
                      <RemindUnitForm meetingId={meeting.id} unitId={row.unitId} unit={row.unit.name} />
                    ) : null}
                  </Td>
                ) : null}
              </BodyRow>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
