import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";

/**
 * "Previous · page 2 of 10 · next" under a long list (lib/core/site/paging.ts). Renders nothing
 * for a list on one page. `href(n)` is the address of page n.
 */
export async function Pager({
  page,
  pageCount,
  href,
  label,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  /** Names the navigation where a page has two lists, each with its own pages. */
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("core.common");
  const link =
    "inline-flex min-h-11 items-center rounded border border-stone-300 bg-white px-4 hover:border-brand-700";
  return (
    <nav
      aria-label={label ?? t("pagerLabel")}
      className="flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link}>
          ← {t("pagerPrevious")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-700" aria-current="page">
        {t("pagerPosition", { page, pageCount })}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          {t("pagerNext")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
