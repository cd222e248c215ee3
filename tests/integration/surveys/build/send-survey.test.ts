// Sending a draft: only a complete questionnaire goes out, to all active units or the chosen
// ones, with a notification to each and its recipient rows, all at once or not at all.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { sendSurvey } from "@/lib/surveys/build/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createDraftSurvey, dayMs, hourMs, surveyNotices } from "@/tests/factories/surveys";
import { actAs, formData } from "@/tests/integration/helpers/session";

const send = (fields: Record<string, string | number | string[] | undefined>) =>
  sendSurvey(initialFormState, formData(fields));

async function expectNothingSent(surveyId: number) {
  const survey = await db.survey.findUniqueOrThrow({ where: { id: surveyId } });
  expect(survey.status).toBe("DRAFT");
  expect(await db.surveyRecipient.count({ where: { surveyId } })).toBe(0);
  expect(await db.notification.count({ where: { surveyId } })).toBe(0);
}

describe("sending a survey", () => {
  it("refuses a survey without questions", async () => {
    actAs(await createAdmin());
    const { survey } = await createDraftSurvey();
    const state = await send({ surveyId: survey.id, version: 0, audience: "all" });
    expect(state.message?.key).toBe("surveys.admin.errors.noQuestions");
    await expectNothingSent(survey.id);
  });

  it("refuses a choice question with fewer than two options, naming its number", async () => {
    actAs(await createAdmin());
    const { survey } = await createDraftSurvey({
      questions: [{ kind: "SHORT_TEXT" }, { kind: "MULTIPLE_CHOICE", options: ["唯一"] }],
    });
    const state = await send({ surveyId: survey.id, version: 0, audience: "all" });
    expect(state.message).toEqual({ key: "surveys.admin.errors.tooFewOptions", values: { number: 2 } });
    await expectNothingSent(survey.id);
  });

  it("refuses a survey whose window is already over", async () => {
    actAs(await createAdmin());
    const { survey } = await createDraftSurvey({
      questions: [{ kind: "RATING" }],
      opensAt: new Date(Date.now() - 3 * dayMs),
      closesAt: new Date(Date.now() - hourMs),
    });
    expect((await send({ surveyId: survey.id, version: 0, audience: "all" })).message?.key).toBe(
      "surveys.admin.errors.windowOver",
    );
    await expectNothingSent(survey.id);
  });

  it("sends to every active unit: recipients, SENT, a notification per secretary, an audit record", async () => {
    const admin = await createAdmin();
    actAs(admin);
    const active = await createUnit();
    const secretary = await createSecretary(active.id);
    const suspended = await createUnit({ status: "SUSPENDED" });
    const { survey } = await createDraftSurvey({
      questions: [{ kind: "SINGLE_CHOICE", options: ["是", "否"] }],
    });
    const state = await send({ surveyId: survey.id, version: 0, audience: "all" });
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const activeCount = await db.unit.count({ where: { status: "ACTIVE" } });
    expect(state.message).toEqual({ key: "surveys.admin.sent", values: { count: activeCount } });
    const sent = await db.survey.findUniqueOrThrow({
      where: { id: survey.id },
      include: { recipients: true },
    });
    expect(sent.status).toBe("SENT");
    expect(sent.sentAt).not.toBeNull();
    const recipients = sent.recipients.map((r) => r.unitId);
    expect(recipients).toContain(active.id);
    expect(recipients).not.toContain(suspended.id);
    expect(await surveyNotices(secretary.id, "SURVEY_SENT")).toEqual([
      { surveyId: survey.id, values: { title: survey.title, date: formatBeijingDateTime(survey.closesAt) } },
    ]);
    expect(
      await db.auditLog.count({
        where: { action: "survey.send", entityId: String(survey.id), actorId: admin.id },
      }),
    ).toBe(1);
    const again = await send({ surveyId: survey.id, version: sent.version, audience: "all" });
    expect(again.message?.key).toBe("surveys.admin.errors.alreadySent");
  });

  it("sends to the chosen units only", async () => {
    actAs(await createAdmin());
    const [a, b, c] = [await createUnit(), await createUnit(), await createUnit()];
    const secretaryC = await createSecretary(c.id);
    const { survey } = await createDraftSurvey({ questions: [{ kind: "LONG_TEXT" }] });
    const state = await send({
      surveyId: survey.id,
      version: 0,
      audience: "chosen",
      unitIds: [String(a.id), String(b.id)],
    });
    expect(state.message).toEqual({ key: "surveys.admin.sent", values: { count: 2 } });
    const recipients = await db.surveyRecipient.findMany({
      where: { surveyId: survey.id },
      orderBy: { unitId: "asc" },
    });
    expect(recipients.map((r) => r.unitId)).toEqual([a.id, b.id]);
    expect(await surveyNotices(secretaryC.id, "SURVEY_SENT")).toEqual([]);
  });

  it("asks for units when none are chosen, and refuses a unit that is not active", async () => {
    actAs(await createAdmin());
    const suspended = await createUnit({ status: "SUSPENDED" });
    const { survey } = await createDraftSurvey({ questions: [{ kind: "LONG_TEXT" }] });
    const none = await send({ surveyId: survey.id, version: 0, audience: "chosen" });
    expect(none.fieldErrors?.unitIds?.[0]?.key).toBe("surveys.admin.validation.chooseUnits");
    const inactive = await send({
      surveyId: survey.id,
      version: 0,
      audience: "chosen",
      unitIds: [String(suspended.id)],
    });
    expect(inactive.fieldErrors?.unitIds?.[0]?.key).toBe("surveys.admin.errors.unitNotActive");
    await expectNothingSent(survey.id);
  });
});
