import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { listBoardNeeds } from "@/lib/pairing/needs/queries";
import { NeedCardItem } from "@/components/pairing/needs/need-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.needs.board");
  return { title: t("title") };
}

// Rendered once, then served from the cache (issue 14): the same board for every visitor,
// newest first. A secretary's own order (paired communities first, then by distance from the
// unit) depends on who asks, so it is a member page, /my/needs, linked from here; the board
// stays cacheable. Need writes expire it (needChanged in lib/core/site/revalidate-public.ts).
export default async function NeedsPage() {
  const [t, needs] = await Promise.all([getTranslations("pairing.needs.board"), listBoardNeeds()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="leading-relaxed text-stone-700">{t("intro")}</p>
        <p>
          <Link
            href="/my/needs"
            className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
          >
            {t("forMyUnit")}
          </Link>
        </p>
      </header>
      {needs.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <section aria-label={t("count", { count: needs.length })}>
          <ul className="space-y-4">
            {needs.map((need) => (
              <NeedCardItem key={need.id} need={need} href={`/needs/${need.id}`} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
