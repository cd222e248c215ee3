import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { listOpenSwaps, listRecentlyClosedSwaps, type SwapRow } from "@/lib/rotation/swaps/queries";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { SwapDecideForm } from "@/components/rotation/swaps/swap-decide-form";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rotation.unit");
  return { title: t("adminTitle") };
}

/** Both units and months of a swap, its schedule version and state. */
async function SwapSummary({ swap }: { swap: SwapRow }) {
  const t = await getTranslations("rotation.unit");
  return (
    <>
      <p className="text-sm text-stone-600">
        {t("scheduleLabel", { year: swap.schedule.year, number: swap.schedule.number })} ·{" "}
        {t("requestedAt", { time: formatBeijingDateTime(swap.createdAt) })}
      </p>
      <p className="font-medium">
        {t("swapLine", {
          from: swap.fromUnit.name,
          fromMonth: t("month", { month: swap.fromMonth }),
          to: swap.toUnit.name,
          toMonth: t("month", { month: swap.toMonth }),
        })}
      </p>
      <p className="text-sm font-medium">{t(`status.${swap.status}`)}</p>
      {swap.note ? <p className="text-sm text-stone-700">{t("swapNote", { note: swap.note })}</p> : null}
      {swap.answerNote ? (
        <p className="text-sm text-stone-700">{t("answerNoteShown", { note: swap.answerNote })}</p>
      ) : null}
    </>
  );
}

async function AdminRotationSwapsPageContent() {
  await requireAdmin("/admin/rotation/swaps");
  const [t, open, closed] = await Promise.all([
    getTranslations("rotation.unit"),
    listOpenSwaps(),
    listRecentlyClosedSwaps(),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("adminTitle")}</h1>
        <p className="text-stone-700">{t("adminIntro")}</p>
        <Link href="/admin/rotation" className="text-sm text-brand-700 underline">
          {t("backToRotation")}
        </Link>
      </header>
      <section aria-labelledby="open-swaps" className="space-y-3">
        <h2 id="open-swaps" className="text-lg font-semibold">
          {t("openHeading")}
        </h2>
        {open.length === 0 ? <p className="text-stone-600">{t("noOpenSwaps")}</p> : null}
        <ul className="space-y-3">
          {open.map((swap) => (
            <Card as="li" key={swap.id} className="space-y-2">
              <SwapSummary swap={swap} />
              <SwapDecideForm
                swapId={swap.id}
                version={swap.version}
                canApprove={swap.status === "ACCEPTED"}
              />
            </Card>
          ))}
        </ul>
      </section>
      {closed.length > 0 ? (
        <section aria-labelledby="closed-swaps" className="space-y-3">
          <h2 id="closed-swaps" className="text-lg font-semibold">
            {t("closedHeading")}
          </h2>
          <ul className="space-y-3">
            {closed.map((swap) => (
              <Card as="li" key={swap.id} className="space-y-1">
                <SwapSummary swap={swap} />
              </Card>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function AdminRotationSwapsPage() {
  return (
    <ClientMessages forms namespaces={["rotation.unit"]}>
      <AdminRotationSwapsPageContent />
    </ClientMessages>
  );
}
