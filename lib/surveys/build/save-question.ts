import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { AuditAction } from "@/lib/core/audit/actions";
import { DomainError } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import { lockDraft } from "./lock-survey";
import type {
  AddQuestionInput,
  MoveQuestionInput,
  RemoveQuestionInput,
  UpdateQuestionInput,
} from "./schemas";

// The draft's questions. Positions only order them (gaps are fine), so removing a question
// renumbers nothing and moving one swaps two positions.

type QuestionInput = Pick<AddQuestionInput, "kind" | "prompt" | "required" | "allowOther" | "options">;

const questionData = (input: QuestionInput) => ({
  kind: input.kind,
  prompt: input.prompt,
  required: input.required,
  allowOther: input.allowOther,
});

async function writeOptions(tx: Tx, questionId: number, labels: string[]) {
  await tx.surveyOption.deleteMany({ where: { questionId } });
  if (labels.length > 0)
    await tx.surveyOption.createMany({
      data: labels.map((label, position) => ({ questionId, position, label })),
    });
}

async function questionOf(tx: Tx, surveyId: number, questionId: number) {
  const question = await tx.surveyQuestion.findFirst({
    where: { id: questionId, surveyId },
    select: { id: true, position: true, kind: true, prompt: true, required: true, allowOther: true },
  });
  if (!question) throw new DomainError("surveys.admin.errors.questionNotFound");
  return question;
}

async function audit(
  tx: Tx,
  actor: AdminActor,
  action: AuditAction,
  surveyId: number,
  before: unknown,
  after: unknown,
) {
  await recordAudit(tx, { actorId: actor.id, action, entity: "Survey", entityId: surveyId, before, after });
}

/** Adds a question at the end of the draft. Returns its id. */
export async function addQuestion(actor: AdminActor, input: AddQuestionInput): Promise<number> {
  return db.$transaction(async (tx) => {
    await lockDraft(tx, input.surveyId, input.version);
    const last = await tx.surveyQuestion.aggregate({
      where: { surveyId: input.surveyId },
      _max: { position: true },
    });
    const question = await tx.surveyQuestion.create({
      data: { surveyId: input.surveyId, position: (last._max.position ?? -1) + 1, ...questionData(input) },
      select: { id: true },
    });
    await writeOptions(tx, question.id, input.options);
    await audit(tx, actor, "survey.question.add", input.surveyId, undefined, {
      questionId: question.id,
      ...questionData(input),
      options: input.options,
    });
    return question.id;
  });
}

/** Saves a question's kind, prompt, flags and options (a draft has no answers to keep). */
export async function updateQuestion(actor: AdminActor, input: UpdateQuestionInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockDraft(tx, input.surveyId, input.version);
    const before = await questionOf(tx, input.surveyId, input.questionId);
    await tx.surveyQuestion.update({ where: { id: input.questionId }, data: questionData(input) });
    await writeOptions(tx, input.questionId, input.options);
    await audit(tx, actor, "survey.question.update", input.surveyId, before, {
      questionId: input.questionId,
      ...questionData(input),
      options: input.options,
    });
  });
}

export async function removeQuestion(actor: AdminActor, input: RemoveQuestionInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockDraft(tx, input.surveyId, input.version);
    const before = await questionOf(tx, input.surveyId, input.questionId);
    await tx.surveyQuestion.delete({ where: { id: input.questionId } });
    await audit(tx, actor, "survey.question.remove", input.surveyId, before, undefined);
  });
}

/** Swaps the question with its neighbour above or below; at either end nothing moves. */
export async function moveQuestion(actor: AdminActor, input: MoveQuestionInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockDraft(tx, input.surveyId, input.version);
    const question = await questionOf(tx, input.surveyId, input.questionId);
    const neighbour = await tx.surveyQuestion.findFirst({
      where: {
        surveyId: input.surveyId,
        position: input.direction === "up" ? { lt: question.position } : { gt: question.position },
      },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return;
    // Through a free position: (surveyId, position) is unique at every step.
    await tx.surveyQuestion.update({ where: { id: question.id }, data: { position: -1 } });
    await tx.surveyQuestion.update({ where: { id: neighbour.id }, data: { position: question.position } });
    await tx.surveyQuestion.update({ where: { id: question.id }, data: { position: neighbour.position } });
    await audit(tx, actor, "survey.question.move", input.surveyId, undefined, {
      questionId: question.id,
      direction: input.direction,
    });
  });
}
