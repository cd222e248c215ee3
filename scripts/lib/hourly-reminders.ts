// `npm start` is the whole deployment for a small committee, so it also plays the cron job:
// every hour it asks the running portal to send the rotation's due duty reminders. Each
// reminder is sent once whatever the frequency (see lib/rotation/reminders).

const hourMs = 60 * 60 * 1000;

export function startHourlyReminders(baseUrl: string, secret: string, say: (message: string) => void) {
  const url = `${baseUrl}/api/cron/rotation-reminders`;
  const run = () =>
    fetch(url, { method: "POST", headers: { authorization: `Bearer ${secret}` } })
      .then(async (response) => {
        if (!response.ok) return say(`rotation reminders: HTTP ${response.status}`);
        const { sent } = (await response.json()) as { sent: number };
        if (sent > 0) say(`rotation reminders sent: ${sent}`);
      })
      .catch((error: unknown) => say(`rotation reminders failed: ${String(error)}`));
  void run();
  const timer = setInterval(run, hourMs);
  timer.unref();
  return () => clearInterval(timer);
}
