import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { listUnitVenues } from "@/lib/venues/manage/queries";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("venues.manage");
  return { title: t("title") };
}

/** The unit's registered venues, shown and hidden, each linking to its edit page. */
export default async function MyVenuesPage() {
  const user = await requireSecretary("/my/venues");
  const [venues, t] = await Promise.all([listUnitVenues(user.unitId), getTranslations("venues.manage")]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-stone-600">{t("intro")}</p>
        <Link href="/my/venues/new" className={buttonClass()}>
          {t("add")}
        </Link>
      </header>
      {venues.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg bg-white shadow-sm">
          {venues.map((venue) => (
            <li key={venue.id} className="flex items-center justify-between gap-3 p-4">
              <div>
                <Link href={`/my/venues/${venue.id}`} className="font-medium text-brand-700 underline">
                  {venue.name}
                </Link>
                <p className="text-sm text-stone-600">
                  {t(`kinds.${venue.kind}`)} · {t("units", { count: venue.quantity })}
                  {venue.address ? ` · ${venue.address}` : ""}
                </p>
              </div>
              <span
                className={`shrink-0 rounded px-2 py-1 text-xs ${venue.active ? "bg-green-50 text-green-900" : "bg-stone-100 text-stone-700"}`}
              >
                {venue.active ? t("activeBadge") : t("hiddenBadge")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
