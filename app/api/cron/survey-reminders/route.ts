import { checkCronAuthorization } from "@/lib/rotation/reminders/cron-auth";
import { sendSurveyReminders } from "@/lib/surveys/reminders/send-reminders";
import { expireViewerCopies } from "@/lib/core/site/revalidate";

export const dynamic = "force-dynamic";

/**
 * The hourly survey-reminder run, guarded like /api/cron/rotation-reminders:
 * `POST` with `Authorization: Bearer $CRON_SECRET` → `{ "sent": n }`; 404 without CRON_SECRET
 * configured, 401 for a missing or wrong token. Each unit is reminded once per survey
 * (lib/surveys/reminders/send-reminders.ts), so running it more often is harmless.
 */
export async function POST(request: Request) {
  const auth = checkCronAuthorization(request.headers.get("authorization"), process.env.CRON_SECRET);
  if (auth === "disabled") return Response.json({ error: "not found" }, { status: 404 });
  if (auth === "unauthorized") {
    return Response.json(
      { error: "unauthorized" },
      { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="cron"' } },
    );
  }
  try {
    const sent = await sendSurveyReminders(new Date());
    if (sent > 0) expireViewerCopies();
    return Response.json({ sent });
  } catch (error) {
    console.error("[cron] survey reminders failed:", error);
    return Response.json({ error: "unavailable" }, { status: 503 });
  }
}
