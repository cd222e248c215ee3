import { getFormatter, getTranslations } from "next-intl/server";
import { beijingTimeZone } from "@/lib/core/time/beijing";
import type { PairingStatus } from "@/lib/generated/prisma/enums";

type Event = {
  id: number;
  status: PairingStatus;
  reason: string;
  createdAt: Date;
  actor?: { name: string } | null;
};

/** The pairing's history, oldest first: each status it entered, when, and why. */
export async function PairingHistory({
  events,
  headingId,
  headingLevel = "h2",
}: {
  events: Event[];
  headingId: string;
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  const [t, format] = await Promise.all([getTranslations("pairing.pairings"), getFormatter()]);
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <Heading id={headingId} className={headingLevel === "h2" ? "text-lg font-semibold" : "font-semibold"}>
        {t("historyTitle")}
      </Heading>
      <ol className="space-y-2 border-l-2 border-stone-200 pl-4">
        {events.map((event) => (
          <li key={event.id} className="text-sm">
            <p>
              <time dateTime={event.createdAt.toISOString()} className="text-stone-600">
                {format.dateTime(event.createdAt, { dateStyle: "medium", timeZone: beijingTimeZone })}
              </time>{" "}
              <span className="font-medium">{t(`history.${event.status}`)}</span>
              {event.actor ? <span className="text-stone-600"> · {event.actor.name}</span> : null}
            </p>
            {event.reason ? (
              <p className="whitespace-pre-line break-words text-stone-800">{event.reason}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
