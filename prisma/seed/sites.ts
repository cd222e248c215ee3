import type { PrismaClient } from "../../lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// Long-term service sites (定点服务点) from the committee's own story: the 2,000 m² plot of
// Nanshan Subdistrict planted on 10 March 2023 became the Runzhou Youth Public-Welfare Forest,
// and the 10,000 m² of similar land beside it a long-term site units serve again and again.
// The planting's log entry is the one its report would have written (lib/pairing/sites/
// sync-activity-log.ts); the later visits are demo maintenance logged by the admin.

const FOREST = "润州青年公益林";
const LONG_TERM = "南山青年志愿服务长期定点";
/** The activities held at the forest, in every year's list (found by their place). */
const FOREST_PLACE = "南山街道润州青年公益林";

type SiteSeed = {
  name: string;
  description: string;
  areaSqm: number;
  address: string;
  latitude: string;
  longitude: string;
  units: ReadonlyArray<{ slug: string; since: string }>;
};

const SITES: SiteSeed[] = [
  {
    name: FOREST,
    description:
      "2023年3月10日，镇江邮政牵头、百余名成员单位青年志愿者在南山街道小区旁两千余平方米的空地上种下桂花、樱花树苗200余棵，" +
      "建成“润州青年公益林”。此后各单位定期前来浇水、除草、补植，守护这片青春林。",
    areaSqm: 2000,
    address: "镇江市润州区南山街道（小区旁公益林地块）",
    latitude: "32.171200",
    longitude: "119.438900",
    units: [
      { slug: "china-post-zhenjiang", since: "2023-03-10" },
      { slug: "china-mobile-zhenjiang", since: "2023-03-10" },
      { slug: "ruixiang-tech", since: "2023-03-10" },
      { slug: "chaoyang-community", since: "2023-03-10" },
      { slug: "huadian-jurong", since: "2023-03-10" },
    ],
  },
  {
    name: LONG_TERM,
    description:
      "公益林旁一万余平方米同类地块，作为成员单位青年志愿者定点服务、长期服务、深入服务的阵地：" +
      "护绿养护、环境整治和面向周边居民的志愿服务。",
    areaSqm: 10000,
    address: "镇江市润州区南山街道（公益林东侧）",
    latitude: "32.170400",
    longitude: "119.440600",
    units: [
      { slug: "china-post-zhenjiang", since: "2023-04-01" },
      { slug: "chaoyang-community", since: "2023-04-01" },
      { slug: "china-mobile-zhenjiang", since: "2023-06-01" },
    ],
  },
];

type VisitSeed = {
  site: string;
  servedOn: string;
  volunteers: number;
  hours: number;
  summary: string;
  units: readonly string[];
  results: ReadonlyArray<[label: string, value: number, unit: string]>;
};

// Demo maintenance visits after the planting (示例).
const VISITS: VisitSeed[] = [
  {
    site: FOREST,
    servedOn: "2023-05-20",
    volunteers: 16,
    hours: 32,
    summary: "示例：为新栽树苗浇水、除草、扶正支架，检查成活情况。",
    units: ["china-post-zhenjiang", "chaoyang-community"],
    results: [["养护", 1, "次"]],
  },
  {
    site: FOREST,
    servedOn: "2023-08-12",
    volunteers: 12,
    hours: 24,
    summary: "示例：高温天气集中浇水，清理林下杂草和垃圾。",
    units: ["china-mobile-zhenjiang", "ruixiang-tech"],
    results: [["养护", 1, "次"]],
  },
  {
    site: FOREST,
    servedOn: "2023-11-18",
    volunteers: 20,
    hours: 50,
    summary: "示例：冬季补植桂花树苗，给树干刷白防冻。",
    units: ["china-post-zhenjiang", "huadian-jurong", "chaoyang-community"],
    results: [
      ["植树", 30, "棵"],
      ["养护", 1, "次"],
    ],
  },
  {
    site: LONG_TERM,
    servedOn: "2023-04-22",
    volunteers: 25,
    hours: 75,
    summary: "示例：世界地球日，清理地块建筑垃圾和杂物，划定服务片区。",
    units: ["china-post-zhenjiang", "chaoyang-community"],
    results: [["环境整治", 3000, "平方米"]],
  },
  {
    site: LONG_TERM,
    servedOn: "2023-09-16",
    volunteers: 18,
    hours: 45,
    summary: "示例：平整土地、播撒草籽，为周边居民开展垃圾分类宣传。",
    units: ["china-mobile-zhenjiang", "chaoyang-community"],
    results: [
      ["绿化", 2000, "平方米"],
      ["宣传入户", 120, "户"],
    ],
  },
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function seedServiceSites(tx: Tx, now: Date): Promise<void> {
  const community = await tx.community.findUnique({ where: { name: "南山街道" }, select: { id: true } });
  const admin = await tx.user.findFirst({ where: { role: "ADMIN" }, select: { id: true } });
  if (!community || !admin) return;
  const units = new Map(
    (await tx.unit.findMany({ select: { id: true, slug: true } })).map((unit) => [unit.slug, unit.id]),
  );
  const unitId = (slug: string) => {
    const id = units.get(slug);
    if (id === undefined) throw new Error(`Demo seed: no unit ${slug} for the service sites`);
    return id;
  };

  const siteIds = new Map<string, number>();
  for (const { units: serving, ...site } of SITES) {
    const created = await tx.serviceSite.create({
      data: {
        ...site,
        communityId: community.id,
        units: { create: serving.map((row) => ({ unitId: unitId(row.slug), since: day(row.since) })) },
      },
      select: { id: true },
    });
    siteIds.set(site.name, created.id);
  }
  const forestId = siteIds.get(FOREST)!;
  await tx.activity.updateMany({ where: { place: FOREST_PLACE }, data: { serviceSiteId: forestId } });

  // The planting's entry, as the report's submission writes it.
  const planting = await tx.activity.findFirst({
    where: { year: 2023, place: FOREST_PLACE, report: { isNot: null } },
    select: {
      id: true,
      report: {
        select: {
          actualDate: true,
          volunteerCount: true,
          serviceHours: true,
          summary: true,
          submittedById: true,
          participants: { where: { count: { gt: 0 } }, select: { unitId: true } },
          results: { select: { label: true, value: true, unit: true, position: true } },
        },
      },
    },
  });
  if (planting?.report) {
    const { report } = planting;
    await tx.serviceLogEntry.create({
      data: {
        siteId: forestId,
        servedOn: report.actualDate,
        volunteers: report.volunteerCount,
        hours: report.serviceHours,
        summary: report.summary.slice(0, 1000),
        activityId: planting.id,
        recordedById: report.submittedById,
        units: { create: report.participants.map((row) => ({ unitId: row.unitId })) },
        results: { create: report.results },
      },
    });
  }

  for (const visit of VISITS) {
    if (day(visit.servedOn) > now) continue;
    await tx.serviceLogEntry.create({
      data: {
        siteId: siteIds.get(visit.site)!,
        servedOn: day(visit.servedOn),
        volunteers: visit.volunteers,
        hours: visit.hours,
        summary: visit.summary,
        recordedById: admin.id,
        units: { create: visit.units.map((slug) => ({ unitId: unitId(slug) })) },
        results: {
          create: visit.results.map(([label, value, unit], position) => ({ label, value, unit, position })),
        },
      },
    });
  }
}
