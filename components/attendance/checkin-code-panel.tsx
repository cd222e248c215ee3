import { getTranslations } from "next-intl/server";
import { renderSVG } from "uqr";
import { CodeRefresher } from "@/components/reports/code-refresher";
import { meetingCheckinCode } from "@/lib/attendance/code";
import { siteOrigin } from "@/lib/http/request-info";

/**
 * The admin's screen at the meeting: a QR code of this minute's check-in link and the code in
 * big type for typing; the page re-renders itself when the code changes.
 */
export async function CheckinCodePanel({ meetingId }: { meetingId: number }) {
  const t = await getTranslations("attendance");
  const code = meetingCheckinCode(meetingId);
  const path = `/meetings/${meetingId}/checkin?code=${code}`;
  const url = `${await siteOrigin()}${path}`;
  return (
    <section
      aria-labelledby="checkin-code-heading"
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 text-center"
    >
      <h2 id="checkin-code-heading" className="text-lg font-semibold">
        {t("scanToCheckIn")}
      </h2>
      <div
        role="img"
        aria-label={t("qrLabel")}
        className="mx-auto w-72 max-w-full [&>svg]:h-auto [&>svg]:w-full"
        // uqr builds the SVG from the URL alone: no user input reaches this markup.
        dangerouslySetInnerHTML={{ __html: renderSVG(url, { border: 2 }) }}
      />
      <p className="space-x-2">
        <span>{t("currentCode")}</span>
        <strong className="font-mono text-5xl tracking-widest" data-testid="checkin-code">
          {code}
        </strong>
      </p>
      <p className="text-sm text-stone-600">{t("codeRotates")}</p>
      <CodeRefresher />
      <noscript>
        <p className="text-sm text-stone-700">{t("reloadForCode")}</p>
      </noscript>
    </section>
  );
}
