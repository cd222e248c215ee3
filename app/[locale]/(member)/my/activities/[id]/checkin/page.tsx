import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RotatingCodePanel } from "@/components/core/checkin/rotating-code-panel";
import { parseActivityId } from "@/lib/activities/plan/plan-filters";
import { requireSecretary } from "@/lib/core/auth/session";
import { checkinCodeFor } from "@/lib/activities/checkin/code";
import { publicOrigin } from "@/lib/core/http/public-origin";
import { getRunActivity, getUnitAttendance } from "@/lib/activities/reports/queries";
import { Card } from "@/components/ui/card";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";
import { BackLink } from "@/components/ui/back-link";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.checkin");
  return { title: t("title") };
}

const open = new Set(["OPEN", "CLOSED", "DONE"]);

/** The lead's check-in screen: a QR code of this minute's link, the code itself and live counts. */
async function LeadCheckinPageContent({ params }: { params: Params }) {
  const raw = (await params).id;
  const user = await requireSecretary(`/my/activities/${encodeURIComponent(raw)}/checkin`);
  const id = parseActivityId(raw);
  const activity = id === null ? null : await getRunActivity(id, user.unitId);
  if (!activity) notFound();
  const t = await getTranslations("activities.checkin");
  const attendance = await getUnitAttendance(activity.id, user.unitId);
  const total = attendance.reduce((sum, row) => sum + row.checkIns, 0);
  const code = checkinCodeFor(activity.id);
  // The configured origin participants' phones should open (never the Host this request named).
  const url = `${publicOrigin()}/checkin/${activity.id}?code=${code}`;

  return (
    <div className="space-y-6">
      <BackLink href={`/my/activities/${activity.id}`} label={t("backToActivity")} />
      <h1 className="text-2xl font-bold">{t("heading", { title: activity.title })}</h1>
      {open.has(activity.status) ? (
        <RotatingCodePanel
          url={url}
          code={code}
          labels={{
            heading: t("scanToCheckIn"),
            qrLabel: t("qrLabel"),
            currentCode: t("currentCode"),
            codeRotates: t("codeRotates"),
            reloadForCode: t("reloadForCode"),
          }}
        >
          <p>
            <Link
              href={`/checkin/${activity.id}?code=${code}`}
              className="text-brand-700 underline underline-offset-2"
            >
              {t("checkInMyself")}
            </Link>
          </p>
        </RotatingCodePanel>
      ) : (
        <p className="rounded bg-stone-100 p-3">{t("notOpen")}</p>
      )}
      <Card variant="outlined" aria-labelledby="count-heading" className="space-y-2">
        <h2 id="count-heading" className="text-lg font-semibold">
          {t("checkInsTotal", { count: total })}
        </h2>
        <Table>
          <thead>
            <HeadRow>
              <Th>{t("unit")}</Th>
              <Th>{t("checkIns")}</Th>
            </HeadRow>
          </thead>
          <tbody>
            {attendance.map((row) => (
              <BodyRow key={row.unitId}>
                <Td>{row.name}</Td>
                <Td>{row.checkIns}</Td>
              </BodyRow>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function LeadCheckinPage(props: Parameters<typeof LeadCheckinPageContent>[0]) {
  return (
    <ClientMessages namespaces={["activities.checkin.nextCodeIn"]}>
      <LeadCheckinPageContent {...props} />
    </ClientMessages>
  );
}
