import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import type { NeedCard } from "@/lib/pairing/needs/queries";
import type { RankReason } from "@/lib/pairing/needs/rank-needs";
import type { NeedOfferStatus } from "@/lib/generated/prisma/enums";
import { NeedFacts } from "./need-facts";
import { NeedStatusBadge, OfferStatusBadge } from "./need-status-badge";
import { reasonMessage } from "./reason";

type Props = {
  need: NeedCard;
  /** Where the title leads: the public page, or the secretary's offer page. */
  href: string;
  /** The unit's ranking reason (the secretary's board only). */
  reason?: RankReason;
  myOffer?: NeedOfferStatus | null;
};

/** One need on a board: title, status, why it is here (for a unit) and its facts. */
export async function NeedCardItem({ need, href, reason, myOffer }: Props) {
  const t = await getTranslations("pairing.needs");
  const why = reason ? reasonMessage(reason) : null;
  return (
    <Card as="li" className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-semibold leading-snug">
          <Link href={href} className="text-brand-800 underline-offset-2 hover:underline">
            {need.title}
          </Link>
        </h3>
        <NeedStatusBadge status={need.status} />
      </div>
      {why ? (
        <p className="text-sm font-medium text-brand-800">{t(`reason.${why.key}`, why.values)}</p>
      ) : null}
      {myOffer ? (
        <p className="flex items-center gap-2 text-sm">
          <OfferStatusBadge status={myOffer} />
        </p>
      ) : null}
      <DetailList>
        <NeedFacts need={need} />
      </DetailList>
    </Card>
  );
}
