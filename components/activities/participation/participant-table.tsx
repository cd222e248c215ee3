import { getTranslations } from "next-intl/server";
import type { LedActivity } from "@/lib/activities/participation/queries";
import { HeadRow, BodyRow, Table, Td, Th } from "@/components/ui/table";

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
        <Table className="border-collapse">
          <thead>
            <HeadRow>
              {ordered ? <Th>#</Th> : null}
              <Th>{t("unitColumn")}</Th>
              <Th>{t("headcountColumn")}</Th>
              <Th>{whenLabel ?? t("signedUpAt")}</Th>
            </HeadRow>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <BodyRow key={row.id}>
                {ordered ? <Td>{index + 1}</Td> : null}
                <Th scope="row">{row.unit.name}</Th>
                <Td>{row.headcount}</Td>
                <Td className="text-stone-600">{when(row)}</Td>
              </BodyRow>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
