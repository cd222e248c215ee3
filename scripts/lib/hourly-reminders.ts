// `npm start` is the whole deployment for a small committee, so it also plays the cron job:
// every hour it asks the running portal to send the due reminders: the rotation's duty
// reminders and the surveys' closing reminders. Each reminder is sent once whatever the
// frequency (see lib/rotation/reminders and lib/surveys/reminders).

const hourMs = 60 * 60 * 1000;
const runs = [
  { name: "rotation reminders", path: "/api/cron/rotation-reminders" },
  { name: "survey reminders", path: "/api/cron/survey-reminders" },
];

export function startHourlyReminders(baseUrl: string, secret: string, say: (message: string) => void) {
  const run = () =>
    runs.forEach(({ name, path }) =>
      fetch(`${baseUrl}${path}`, { method: "POST", headers: { authorization: `Bearer ${secret}` } })
        .then(async (response) => {
          if (!response.ok) return say(`${name}: HTTP ${response.status}`);
          const { sent } = (await response.json()) as { sent: number };
          if (sent > 0) say(`${name} sent: ${sent}`);
        })
        .catch((error: unknown) => say(`${name} failed: ${String(error)}`)),
    );
  run();
  const timer = setInterval(run, hourMs);
  timer.unref();
  return () => clearInterval(timer);
}
