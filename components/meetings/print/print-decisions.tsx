import { getTranslations } from "next-intl/server";
import type { MeetingDecision } from "@/lib/meetings/decisions/queries";
import { PrintSection, PrintTable } from "./print-table";

export async function PrintDecisions({ decisions }: { decisions: MeetingDecision[] }) {
  const [t, td] = await Promise.all([
    getTranslations("meetings.print"),
    getTranslations("meetings.decisions"),
  ]);
  return (
    <PrintSection id="print-decisions" title={t("decisions")}>
      {decisions.length === 0 ? (
        <p>{t("noDecisions")}</p>
      ) : (
        <PrintTable
          caption={t("decisions")}
          head={[t("number"), t("decision"), t("owner"), t("due"), t("status")]}
          rows={decisions.map((decision, index) => [
            index + 1,
            decision.title,
            decision.ownerUnit.name,
            decision.dueOn.toISOString().slice(0, 10),
            td(`status.${decision.status}`),
          ])}
        />
      )}
    </PrintSection>
  );
}
