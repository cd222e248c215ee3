import { getTranslations } from "next-intl/server";
import { PublishedMinutesView } from "@/components/meetings/minutes/published-minutes";
import type { MeetingForPrint } from "@/lib/meetings/print/queries";
import { PrintSection } from "./print-table";

export async function PrintMinutes({ minutes }: { minutes: MeetingForPrint["minutes"] }) {
  const t = await getTranslations("meetings.print");
  return (
    <PrintSection id="print-minutes" title={t("minutesHeading")}>
      {minutes === null ? (
        <p>{t("noMinutes")}</p>
      ) : (
        <>
          {minutes.draft ? (
            <p className="border-2 border-dashed border-stone-500 p-2 text-center font-bold">{t("draft")}</p>
          ) : null}
          <PublishedMinutesView body={minutes.body} errata={minutes.errata} />
        </>
      )}
    </PrintSection>
  );
}
