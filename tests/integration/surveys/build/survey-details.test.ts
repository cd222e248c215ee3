// Building a draft: its details and answer window, the version that refuses edits from a stale
// page, and no changes once sent.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { toBeijingLocalInput } from "@/lib/core/time/beijing";
import { addQuestion, createSurvey, updateSurvey } from "@/lib/surveys/build/actions";
import { createAdmin } from "@/tests/factories";
import { createDraftSurvey, createSentSurvey, dayMs } from "@/tests/factories/surveys";
import { actAs, formData } from "@/tests/integration/helpers/session";

const local = (ms: number) => toBeijingLocalInput(new Date(Date.now() + ms));

async function asAdmin() {
  const admin = await createAdmin();
  actAs(admin);
  return admin;
}

describe("creating and editing a survey", () => {
  it("creates a draft with its Beijing-time window and an audit record", async () => {
    const admin = await asAdmin();
    const state = await createSurvey(
      initialFormState,
      formData({
        title: " 年度活动需求调研 ",
        intro: "请各单位填写",
        opensAt: "2030-02-22T09:00",
        closesAt: "2030-03-03T18:00",
        anonymous: "on",
      }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const survey = await db.survey.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
    expect(survey).toMatchObject({
      title: "年度活动需求调研",
      status: "DRAFT",
      anonymous: true,
      createdById: admin.id,
    });
    expect(survey.opensAt.toISOString()).toBe("2030-02-22T01:00:00.000Z");
    expect(survey.closesAt.toISOString()).toBe("2030-03-03T10:00:00.000Z");
    expect(await db.auditLog.count({ where: { action: "survey.create", entityId: String(survey.id) } })).toBe(
      1,
    );
  });

  it("refuses a window that closes before it opens, by the closing field, and writes nothing", async () => {
    await asAdmin();
    const before = await db.survey.count();
    const state = await createSurvey(
      initialFormState,
      formData({ title: "倒置窗口", opensAt: "2030-03-03T09:00", closesAt: "2030-03-03T09:00" }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.closesAt?.[0]?.key).toBe("surveys.admin.validation.closesBeforeOpens");
    expect(await db.survey.count()).toBe(before);
  });

  it("refuses an impossible date by its field", async () => {
    await asAdmin();
    const state = await createSurvey(
      initialFormState,
      formData({ title: "x", opensAt: "2030-02-30T09:00", closesAt: "2030-03-03T09:00" }),
    );
    expect(state.fieldErrors?.opensAt?.[0]?.key).toBe("core.validation.date");
  });

  it("saves the details of a draft and refuses a stale form", async () => {
    await asAdmin();
    const { survey } = await createDraftSurvey();
    const fields = {
      surveyId: survey.id,
      title: "改过的标题",
      opensAt: local(dayMs),
      closesAt: local(9 * dayMs),
    };
    expect((await updateSurvey(initialFormState, formData({ ...fields, version: 0 }))).ok).toBe(true);
    expect((await db.survey.findUniqueOrThrow({ where: { id: survey.id } })).title).toBe("改过的标题");
    const stale = await updateSurvey(initialFormState, formData({ ...fields, title: "又改", version: 0 }));
    expect(stale.message?.key).toBe("core.errors.staleVersion");
    expect((await db.survey.findUniqueOrThrow({ where: { id: survey.id } })).title).toBe("改过的标题");
  });

  it("refuses changes once the survey has been sent", async () => {
    await asAdmin();
    const { survey } = await createSentSurvey([]);
    const state = await updateSurvey(
      initialFormState,
      formData({
        surveyId: survey.id,
        version: survey.version,
        title: "晚了",
        opensAt: local(0),
        closesAt: local(dayMs),
      }),
    );
    expect(state.message?.key).toBe("surveys.admin.errors.alreadySent");
    const add = await addQuestion(
      initialFormState,
      formData({
        surveyId: survey.id,
        version: survey.version,
        kind: "SHORT_TEXT",
        prompt: "晚加的题",
        required: "on",
      }),
    );
    expect(add.message?.key).toBe("surveys.admin.errors.alreadySent");
  });
});
