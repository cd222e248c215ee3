import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * The report of China Post's tree planting on 10 March 2023, in the brief's own figures, so the
 * public activity page shows what a filed report looks like.
 */
export async function seedTreePlantingReport(tx: Tx): Promise<void> {
  const activity = await tx.activity.findFirst({
    where: { year: 2023, type: "TREE_PLANTING", leadUnit: { slug: "china-post-zhenjiang" } },
    select: { id: true, leadUnitId: true },
  });
  const secretary = await tx.user.findFirst({
    where: { login: "china-post-zhenjiang" },
    select: { id: true },
  });
  if (!activity?.leadUnitId || !secretary) return;
  const helpers = await tx.unit.findMany({
    where: {
      slug: { in: ["china-mobile-zhenjiang", "ruixiang-tech", "chaoyang-community", "huadian-jurong"] },
    },
    select: { id: true, slug: true },
  });
  const counts: Record<string, number> = {
    "china-mobile-zhenjiang": 22,
    "ruixiang-tech": 18,
    "chaoyang-community": 15,
    "huadian-jurong": 12,
  };
  const participants: Prisma.ReportParticipantCreateManyReportInput[] = [
    { unitId: activity.leadUnitId, count: 38, corrected: true },
    ...helpers.map((unit) => ({ unitId: unit.id, count: counts[unit.slug] ?? 10, corrected: true })),
  ];
  await tx.activityReport.create({
    data: {
      activityId: activity.id,
      actualDate: new Date("2023-03-10T00:00:00Z"),
      volunteerCount: 105,
      serviceHours: 420,
      summary:
        "3月10日，百余名成员单位青年志愿者在南山街道一块2000多平方米的空地上种下桂花、樱花树苗200余棵，" +
        "建成“润州青年公益林”。另有10000多平方米同类用地作为长期服务点，定点服务、长期服务、深入服务。",
      status: "ACCEPTED",
      submittedById: secretary.id,
      participants: { createMany: { data: participants } },
      results: {
        createMany: {
          data: [
            { label: "植树", value: 200, unit: "棵", position: 0 },
            { label: "公益林面积", value: 2000, unit: "平方米", position: 1 },
            { label: "长期服务点", value: 10000, unit: "平方米", position: 2 },
          ],
        },
      },
    },
  });
}
