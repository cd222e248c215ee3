// The closing reminder: three days before a survey closes, once, to the units that have not
// answered; by the hourly run (cron route) or the admin's button.
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/cron/survey-reminders/route";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { sendDueSurveyReminders } from "@/lib/surveys/reminders/actions";
import { sendSurveyReminders } from "@/lib/surveys/reminders/send-reminders";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createResponse, createSentSurvey, dayMs, hourMs, surveyNotices } from "@/tests/factories/surveys";
import { actAs, formData } from "@/tests/integration/helpers/session";

afterEach(() => vi.unstubAllEnvs());

async function unitWithSecretary() {
  const unit = await createUnit();
  return { unit, secretary: await createSecretary(unit.id) };
}

/** A survey sent to these units, closing `closesIn` from now. */
const surveyClosingIn = (unitIds: number[], closesIn: number) =>
  createSentSurvey(unitIds, {
    questions: [{ kind: "RATING" }],
    opensAt: new Date(Date.now() - 5 * dayMs),
    closesAt: new Date(Date.now() + closesIn),
  });

describe("survey reminders", () => {
  it("reminds only the units that have not answered, once, with remindedAt set", async () => {
    const answered = await unitWithSecretary();
    const silent = await unitWithSecretary();
    const { survey, questions } = await surveyClosingIn([answered.unit.id, silent.unit.id], 2 * dayMs);
    await createResponse(survey.id, answered.unit.id, answered.secretary.id, [
      { questionId: questions[0]!.id, rating: 4 },
    ]);
    const now = new Date();
    expect(await sendSurveyReminders(now)).toBeGreaterThanOrEqual(1);
    expect(await surveyNotices(silent.secretary.id, "SURVEY_REMINDER")).toEqual([
      { surveyId: survey.id, values: { title: survey.title, date: formatBeijingDateTime(survey.closesAt) } },
    ]);
    expect(await surveyNotices(answered.secretary.id, "SURVEY_REMINDER")).toEqual([]);
    const recipients = await db.surveyRecipient.findMany({ where: { surveyId: survey.id } });
    expect(recipients.find((r) => r.unitId === silent.unit.id)?.remindedAt).toEqual(now);
    expect(recipients.find((r) => r.unitId === answered.unit.id)?.remindedAt).toBeNull();

    expect(await sendSurveyReminders(new Date())).toBe(0);
    expect(await surveyNotices(silent.secretary.id, "SURVEY_REMINDER")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "survey.remind" } })).toBeGreaterThanOrEqual(1);
  });

  it("sends nothing more than three days before closing, nor after closing", async () => {
    const early = await unitWithSecretary();
    const late = await unitWithSecretary();
    await surveyClosingIn([early.unit.id], 3 * dayMs + hourMs);
    await createSentSurvey([late.unit.id], {
      questions: [{ kind: "RATING" }],
      opensAt: new Date(Date.now() - 5 * dayMs),
      closesAt: new Date(Date.now() - hourMs),
    });
    await sendSurveyReminders(new Date());
    expect(await surveyNotices(early.secretary.id, "SURVEY_REMINDER")).toEqual([]);
    expect(await surveyNotices(late.secretary.id, "SURVEY_REMINDER")).toEqual([]);
  });

  it("two runs at once remind each unit once", async () => {
    const unit = await unitWithSecretary();
    await surveyClosingIn([unit.unit.id], dayMs);
    const now = new Date();
    await Promise.all([sendSurveyReminders(now), sendSurveyReminders(now)]);
    expect(await surveyNotices(unit.secretary.id, "SURVEY_REMINDER")).toHaveLength(1);
  });

  it("the admin's button sends the due reminders under the admin's name", async () => {
    const unit = await unitWithSecretary();
    await surveyClosingIn([unit.unit.id], dayMs);
    const admin = await createAdmin();
    actAs(admin);
    const state = await sendDueSurveyReminders(initialFormState, formData({}));
    expect(state.ok).toBe(true);
    expect(state.message?.key).toBe("surveys.admin.reminders.sent");
    expect(await surveyNotices(unit.secretary.id, "SURVEY_REMINDER")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "survey.remind", actorId: admin.id } })).toBe(1);
  });
});

describe("POST /api/cron/survey-reminders", () => {
  const secret = "cron-test-secret-surveys-0123";
  const call = (authorization?: string) =>
    POST(
      new Request("http://localhost/api/cron/survey-reminders", {
        method: "POST",
        headers: authorization === undefined ? {} : { authorization },
      }),
    );

  it("answers 404 without CRON_SECRET and 401 without the right token, sending nothing", async () => {
    const unit = await unitWithSecretary();
    await surveyClosingIn([unit.unit.id], dayMs);
    vi.stubEnv("CRON_SECRET", "");
    expect((await call(`Bearer ${secret}`)).status).toBe(404);
    vi.stubEnv("CRON_SECRET", secret);
    for (const header of [undefined, "Bearer wrong", secret]) expect((await call(header)).status).toBe(401);
    expect(await surveyNotices(unit.secretary.id, "SURVEY_REMINDER")).toEqual([]);
  });

  it("runs the reminders with the right token and says how many were sent", async () => {
    vi.stubEnv("CRON_SECRET", secret);
    const unit = await unitWithSecretary();
    await surveyClosingIn([unit.unit.id], dayMs);
    const response = await call(`Bearer ${secret}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { sent: number }).sent).toBeGreaterThanOrEqual(1);
    expect(await call(`Bearer ${secret}`).then((r) => r.json())).toEqual({ sent: 0 });
    expect(await surveyNotices(unit.secretary.id, "SURVEY_REMINDER")).toHaveLength(1);
  });
});
