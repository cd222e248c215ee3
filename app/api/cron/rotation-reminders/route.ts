import { checkCronAuthorization } from "@/lib/rotation/reminders/cron-auth";
import { sendRotationReminders } from "@/lib/rotation/reminders/send-reminders";
import { expireViewerCopies } from "@/lib/core/site/revalidate";

export const dynamic = "force-dynamic";

/**
 * The hourly duty-reminder run (scripts/start.ts or any scheduler calls it):
 * `POST` with `Authorization: Bearer $CRON_SECRET` → `{ "sent": n }`. Without CRON_SECRET
 * configured the route answers 404; a missing or wrong token gets 401. Running it more often
 * is harmless: each reminder is sent once (see lib/rotation/reminders/send-reminders.ts).
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
    // Email copies of the reminders are queued with them and sent by the mail worker.
    const sent = await sendRotationReminders(new Date());
    // Like any action, expire the signed-in home pages' cached copies (viewer-pages.ts).
    if (sent > 0) expireViewerCopies();
    return Response.json({ sent });
  } catch (error) {
    console.error("[cron] rotation reminders failed:", error);
    return Response.json({ error: "unavailable" }, { status: 503 });
  }
}
