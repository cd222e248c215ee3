"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import type { CommunityContactView } from "@/lib/pairing/communities/contact-viewer";
import { useIsland } from "@/components/core/islands/fetch-island";
import { DetailList, DetailRow } from "@/components/ui/detail-list";

/**
 * The community's contact person and phone, for members only: asked for in the browser (GET
 * /api/communities/<id>/contact), so the public page stays the same for everybody and cached
 * and its HTML never holds the phone number.
 */
export function CommunityContact({ communityId }: { communityId: number }) {
  const t = useTranslations("pairing.communities.contact");
  const { value } = useIsland<CommunityContactView>(`/api/communities/${communityId}/contact`, "contact");
  return (
    <section aria-labelledby="contact-heading" className="card-outlined space-y-2">
      <h2 id="contact-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {value === undefined ? (
        <p className="text-sm text-stone-600">{t("loading")}</p>
      ) : value === null || !value.allowed ? (
        <p className="text-sm text-stone-700">
          {t("signInToSee")}{" "}
          <Link
            href={`/login?callbackUrl=${encodeURIComponent(`/communities/${communityId}`)}`}
            className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
          >
            {t("signIn")}
          </Link>
        </p>
      ) : !value.name && !value.phone ? (
        <p className="text-sm text-stone-600">{t("none")}</p>
      ) : (
        <DetailList>
          {value.name ? <DetailRow label={t("name")}>{value.name}</DetailRow> : null}
          {value.phone ? (
            <DetailRow label={t("phone")}>
              <a
                href={`tel:${value.phone.replace(/[^\d+]/g, "")}`}
                className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
              >
                {value.phone}
              </a>
            </DetailRow>
          ) : null}
        </DetailList>
      )}
    </section>
  );
}
