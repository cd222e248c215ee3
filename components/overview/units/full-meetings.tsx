import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";
import type { UnitYearMeeting } from "@/lib/overview/units/types";
import { linkClass } from "./year-lists";

/** The joint meetings the unit was invited to that have begun: its answer and its attendance. */
export async function FullMeetings({
  meetings,
  year,
  href,
}: {
  meetings: UnitYearMeeting[];
  year: number;
  href: (id: number) => string;
}) {
  const [t, ta, tm] = await Promise.all([
    getTranslations("overview.unitYear"),
    getTranslations("meetings.attendance"),
    getTranslations("meetings.meeting"),
  ]);
  return (
    <Table
      className="min-w-[32rem]"
      caption={t("meetingsCaption", { year: String(year) })}
      data-testid="unit-year-meetings"
    >
      <thead>
        <HeadRow>
          <Th>{t("meetingColumn")}</Th>
          <Th>{t("meetingDate")}</Th>
          <Th>{t("meetingAnswer")}</Th>
          <Th>{t("meetingAttendance")}</Th>
        </HeadRow>
      </thead>
      <tbody>
        {meetings.map((meeting) => (
          <BodyRow key={meeting.id}>
            <Th scope="row">
              <Link href={href(meeting.id)} className={linkClass}>
                {meeting.title}
              </Link>
              <span className="block text-xs font-normal text-stone-600">{tm(`kind.${meeting.kind}`)}</span>
            </Th>
            <Td className="whitespace-nowrap tabular-nums">{formatBeijingDateTime(meeting.startsAt)}</Td>
            <Td>{ta(`rsvp.${meeting.rsvp}`)}</Td>
            <Td data-attended={meeting.attended}>
              {meeting.attendance ? ta(`status.${meeting.attendance}`) : t("notRecorded")}
            </Td>
          </BodyRow>
        ))}
      </tbody>
    </Table>
  );
}
