// Records of the stored-script spec: one unit whose every public text field holds a script
// payload, with an activity (reported, with photo and results), a public meeting (agenda,
// published public minutes, erratum, decision), a venue on the map and a community. Nothing
// else points at them, so no other spec meets them except as one more row in a list.
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { beijingToday, beijingYearMonth } from "@/lib/core/time/beijing";
import { demoPassword } from "./accounts";

/** Payloads that would run if any of them reached the page as markup. */
export const payloads = {
  img: "<img src=x onerror=window.__xss=1>",
  script: '"><script>window.__xss=1</script>',
  svg: "<svg onload=window.__xss=1>",
} as const;

/** Each field's text: a readable tag, so the spec finds it, then a payload. */
const tagged = (tag: string, payload: string) => `${tag}${payload}`;

// iCalendar: a raw line break here would let the text start a property of its own.
const icsBreaks = "\rATTENDEE:mailto:evil@example.org\u2028X-INJECTED:1\u2029";

export const scriptFixture = {
  slug: "e2e-stored-script",
  unitName: tagged("XSS单位", payloads.img),
  shortName: tagged("XSS简称", payloads.script),
  intro: tagged("XSS简介", payloads.svg),
  address: tagged("XSS地址", payloads.img),
  contactName: tagged("XSS联系人", payloads.script).slice(0, 60),
  contactPhone: payloads.svg,
  activityTitle: tagged("XSS活动", payloads.img),
  activityDescription: tagged("XSS描述", payloads.script),
  activityPlace: tagged("XSS地点", payloads.svg) + icsBreaks,
  communityName: tagged("XSS社区", payloads.img),
  reportSummary: tagged("XSS总结", payloads.script),
  resultLabel: tagged("XSS成果", payloads.svg).slice(0, 60),
  photoCaption: tagged("XSS照片", payloads.img),
  meetingTitle: tagged("XSS会议", payloads.img) + icsBreaks,
  meetingPlace: tagged("XSS会场", payloads.script),
  // The form accepts only http(s); a row written otherwise must still not become a link.
  onlineUrl: "javascript:window.__xss=1",
  agendaTitle: tagged("XSS议程", payloads.svg),
  attachmentName: `${tagged("XSS附件", payloads.img)}.pdf`,
  minutesBody: [
    "# XSS纪要标题",
    "",
    tagged("XSS纪要正文", payloads.img),
    "",
    payloads.script,
    "",
    "[XSS纪要链接](javascript:window.__xss=1) [XSS数据链接](data:text/html,<script>window.__xss=1</script>)",
    "",
    "![XSS纪要图片](javascript:window.__xss=1)",
  ].join("\n"),
  erratum: tagged("XSS勘误", payloads.svg),
  decisionTitle: tagged("XSS议定事项", payloads.script),
  venueName: tagged("XSS阵地", payloads.script),
  venueAddress: tagged("XSS阵地地址", payloads.img),
  venueDescription: tagged("XSS阵地介绍", payloads.svg),
  venueRules: tagged("XSS使用须知", payloads.img),
  venuePhotoCaption: tagged("XSS阵地照片", payloads.script),
  closedReason: tagged("XSS闭馆", payloads.img),
  commitmentTitle: tagged("XSS学习交流", payloads.svg),
} as const;

/** The texts a visitor must see, as text, on the page named. */
export const visibleTexts = {
  unit: ["unitName", "intro", "address", "contactPhone", "commitmentTitle"],
  activity: [
    "activityTitle",
    "activityDescription",
    "communityName",
    "reportSummary",
    "resultLabel",
    "photoCaption",
    "venueName",
    "venueAddress",
  ],
  meeting: ["meetingPlace", "agendaTitle", "attachmentName", "erratum", "decisionTitle"],
  venue: ["venueName", "venueAddress", "venueDescription", "venueRules", "venuePhotoCaption", "closedReason"],
} as const satisfies Record<string, ReadonlyArray<keyof typeof scriptFixture>>;

// A 1×1 PNG, for the photos whose captions carry payloads.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");

export async function addScriptFixtures(db: PrismaClient): Promise<void> {
  const f = scriptFixture;
  const unit = await db.unit.create({
    data: {
      name: f.unitName,
      shortName: f.shortName,
      slug: f.slug,
      category: "EMERGING_SECTOR",
      orgType: "BRANCH",
      intro: f.intro,
      address: f.address,
      contactName: f.contactName,
      contactPhone: f.contactPhone,
      contactPhonePublic: true,
      joinedOn: new Date("2024-01-01"),
    },
  });
  const user = await db.user.create({
    data: {
      login: f.slug,
      name: "测试书记 XSS",
      passwordHash: await bcrypt.hash(demoPassword, 10),
      role: "SECRETARY",
      unitRole: "PRIMARY",
      unitId: unit.id,
      activatedAt: new Date(),
    },
  });
  const venue = await db.venue.create({
    data: {
      unitId: unit.id,
      name: f.venueName,
      kind: "MEETING_ROOM",
      address: f.venueAddress,
      description: f.venueDescription,
      rules: f.venueRules,
      latitude: "32.205000",
      longitude: "119.425000",
      photos: { create: { contentType: "image/png", data: png, caption: f.venuePhotoCaption } },
      closedDates: {
        create: { date: new Date(beijingToday().getTime() + 5 * 86_400_000), reason: f.closedReason },
      },
    },
  });
  await addScriptActivity(db, unit.id, user.id, venue.id);
  const today = beijingToday();
  await db.commitmentRecord.create({
    data: {
      unitId: unit.id,
      year: today.getUTCFullYear(),
      commitment: "STUDY_EXCHANGE",
      title: f.commitmentTitle,
      description: f.commitmentTitle,
      occurredOn: today,
      status: "CONFIRMED",
      reviewedAt: new Date(),
    },
  });
  await addScriptMeeting(db, unit.id, user.id);
}

async function addScriptActivity(db: PrismaClient, unitId: number, userId: number, venueId: number) {
  const f = scriptFixture;
  const plan = await db.planYear.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { year: "desc" },
  });
  const community = await db.community.create({ data: { name: f.communityName, address: f.address } });
  const date = beijingToday();
  await db.activity.create({
    data: {
      year: plan.year,
      title: f.activityTitle,
      description: f.activityDescription,
      type: "OTHER",
      commitment: "BACKBONE_TEAM",
      plannedMonth: beijingYearMonth().month,
      plannedDate: date,
      place: f.activityPlace,
      venueId,
      communityId: community.id,
      leadUnitId: unitId,
      status: "REPORTED",
      claimedAt: new Date(),
      position: 998,
      report: {
        create: {
          actualDate: date,
          volunteerCount: 3,
          serviceHours: 6,
          summary: f.reportSummary,
          submittedById: userId,
          participants: { create: { unitId, count: 3 } },
          results: { create: { label: f.resultLabel, value: 2, unit: "棵" } },
          photos: { create: { contentType: "image/png", data: png, caption: f.photoCaption } },
        },
      },
    },
  });
}

async function addScriptMeeting(db: PrismaClient, unitId: number, userId: number) {
  const f = scriptFixture;
  const startsAt = new Date(Date.now() - 24 * 3_600_000);
  await db.meeting.create({
    data: {
      kind: "JOINT",
      title: f.meetingTitle,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      place: f.meetingPlace,
      onlineUrl: f.onlineUrl,
      isPublic: true,
      status: "HELD",
      hostUnitId: unitId,
      invitations: { create: { unitId } },
      agendaItems: {
        create: {
          title: f.agendaTitle,
          durationMinutes: 30,
          presenterUnitId: unitId,
          attachments: {
            create: {
              fileName: f.attachmentName,
              contentType: "application/pdf",
              size: pdf.length,
              data: pdf,
            },
          },
        },
      },
      minutesVersions: { create: { number: 1, body: f.minutesBody, authorId: userId } },
      minutes: {
        create: {
          currentVersion: 1,
          status: "PUBLISHED",
          visibility: "PUBLIC",
          publishedAt: new Date(),
          publishedById: userId,
        },
      },
      errata: { create: { body: f.erratum, authorId: userId } },
      decisions: {
        create: {
          title: f.decisionTitle,
          ownerUnitId: unitId,
          dueOn: new Date(Date.now() + 30 * 86_400_000),
        },
      },
    },
  });
}
