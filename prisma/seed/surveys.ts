import type { PrismaClient } from "../../lib/generated/prisma/client";
import { others, questions2023, questionsCurrent, suggestions, type QuestionSeed } from "./surveys-data";
import { cst } from "./types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// Surveys for the demo: the 2023 survey the committee ran after its first plenary (the one the
// annual list came from; closed, 26 of 30 units answered, so the results page has real charts),
// and this year's survey, open now and answered by only a few units so far.

async function createSurvey(
  tx: Tx,
  data: {
    title: string;
    intro: string;
    opensAt: Date;
    closesAt: Date;
    createdById: number;
    unitIds: number[];
  },
  seeds: QuestionSeed[],
) {
  const survey = await tx.survey.create({
    data: {
      title: data.title,
      intro: data.intro,
      status: "SENT",
      opensAt: data.opensAt,
      closesAt: data.closesAt,
      sentAt: data.opensAt,
      createdById: data.createdById,
    },
  });
  const questions = [];
  for (const [position, seed] of seeds.entries()) {
    questions.push(
      await tx.surveyQuestion.create({
        data: {
          surveyId: survey.id,
          position,
          kind: seed.kind,
          prompt: seed.prompt,
          required: seed.required ?? true,
          allowOther: seed.allowOther ?? false,
          options: { create: (seed.options ?? []).map((label, index) => ({ position: index, label })) },
        },
        include: { options: { orderBy: { position: "asc" } } },
      }),
    );
  }
  await tx.surveyRecipient.createMany({
    data: data.unitIds.map((unitId) => ({ surveyId: survey.id, unitId })),
  });
  return { survey, questions };
}

type SeededQuestion = Awaited<ReturnType<typeof createSurvey>>["questions"][number];

/** A plausible, repeatable answer of the n-th unit to a question. */
function answerOf(question: SeededQuestion, n: number) {
  const ids = question.options.map((option) => option.id);
  const base = {
    questionId: question.id,
    optionIds: [] as number[],
    otherText: "",
    rating: null as number | null,
    text: "",
  };
  switch (question.kind) {
    case "MULTIPLE_CHOICE": {
      // Out of 10: mixers and volunteer service are the favourites, as the 2023 list shows.
      const weights = [5, 7, 3, 8, 4, 4];
      const chosen = ids.filter((_, i) => (n * 7 + i * 11) % 10 < (weights[i] ?? 3));
      const other = question.allowOther && n % 9 === 4 ? others[n % others.length]! : "";
      return { ...base, optionIds: chosen.length > 0 || other ? chosen : [ids[3]!], otherText: other };
    }
    case "RANKING": {
      // March (tree planting) leads most often; the rest rotate.
      const shift = [0, 0, 1, 0, 2, 3, 0][n % 7]!;
      const order = ids.map((_, i) => ids[(i + shift) % ids.length]!);
      if (n % 2 === 1) [order[1], order[2]] = [order[2]!, order[1]!];
      return { ...base, optionIds: order };
    }
    case "RATING":
      return { ...base, rating: [5, 4, 5, 3, 4, 5, 4][n % 7]! };
    case "SINGLE_CHOICE":
      return { ...base, optionIds: [ids[n % 5 === 0 ? 2 : n % 3 === 0 ? 1 : 0]!] };
    default:
      return n % 3 === 0 ? { ...base, text: suggestions[(n / 3) % suggestions.length]! } : null;
  }
}

async function answer(
  tx: Tx,
  surveyId: number,
  unitId: number,
  userId: number,
  questions: SeededQuestion[],
  n: number,
  at: Date,
) {
  const answers = questions.flatMap((question) => answerOf(question, n) ?? []);
  await tx.surveyResponse.create({
    data: {
      surveyId,
      unitId,
      submittedById: userId,
      createdAt: at,
      updatedAt: at,
      answers: { create: answers },
    },
  });
}

export async function seedSurveys(tx: Tx, now: Date): Promise<void> {
  const admin = await tx.user.findFirstOrThrow({ where: { login: "admin" }, select: { id: true } });
  const units = await tx.unit.findMany({
    orderBy: { id: "asc" },
    select: { id: true, users: { where: { role: "SECRETARY" }, select: { id: true }, take: 1 } },
  });
  const unitIds = units.map((unit) => unit.id);

  const first = await createSurvey(
    tx,
    {
      title: "2023年度润州青年工作委员会活动需求调研",
      intro: "第一次全体会议后，请各成员单位填写本问卷。调研结果将与会议协商议事成果一并形成年度活动清单。",
      opensAt: cst(2023, 2, 22, 9),
      closesAt: cst(2023, 3, 3, 18),
      createdById: admin.id,
      unitIds,
    },
    questions2023,
  );
  // 26 of the 30 units answered; the last four were reminded and stayed silent.
  for (const [n, unit] of units.entries()) {
    const secretary = unit.users[0];
    if (n >= 26 || !secretary) continue;
    await answer(
      tx,
      first.survey.id,
      unit.id,
      secretary.id,
      first.questions,
      n,
      cst(2023, 2, 23 + (n % 8), 10 + (n % 7)),
    );
  }
  await tx.surveyRecipient.updateMany({
    where: { surveyId: first.survey.id, unit: { surveyResponses: { none: { surveyId: first.survey.id } } } },
    data: { remindedAt: cst(2023, 2, 28, 18) },
  });

  const year = Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
  const opensAt = new Date(now.getTime() - 3 * 86_400_000);
  const closesAt = new Date(now.getTime() + 10 * 86_400_000);
  const current = await createSurvey(
    tx,
    {
      title: `${year}年度活动满意度及下一年度需求调研`,
      intro: "请各成员单位对今年的活动进行评价，并提出明年的活动需求。",
      opensAt,
      closesAt,
      createdById: admin.id,
      unitIds,
    },
    questionsCurrent,
  );
  for (const [n, unit] of units.slice(0, 3).entries()) {
    const secretary = unit.users[0];
    if (secretary)
      await answer(
        tx,
        current.survey.id,
        unit.id,
        secretary.id,
        current.questions,
        n + 1,
        new Date(opensAt.getTime() + (n + 1) * 3_600_000),
      );
  }
  const closing = new Date(closesAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
  await tx.notification.createMany({
    data: units.flatMap((unit) =>
      unit.users.map((user) => ({
        userId: user.id,
        kind: "SURVEY_SENT" as const,
        surveyId: current.survey.id,
        values: { title: current.survey.title, date: closing },
        createdAt: opensAt,
      })),
    ),
  });
}
