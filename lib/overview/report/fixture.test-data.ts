// A small annual report for the report's unit tests (no database).
import type { AnnualReport } from "./types";

const unit = (id: number, name: string) => ({
  id,
  name,
  shortName: name.slice(0, 4),
  slug: `unit-${id}`,
  category: "STATE_ENTERPRISE" as const,
});

export const sampleReport: AnnualReport = {
  year: 2030,
  generatedAt: new Date("2030-12-31T04:00:00Z"),
  groups: [
    {
      key: "units",
      figures: [
        { key: "unitsActive", value: 2, format: "count", href: "/admin/units?status=ACTIVE" },
        { key: "unitsWithoutActivity", value: 1, format: "count" },
      ],
    },
    {
      key: "service",
      figures: [
        { key: "volunteers", value: 130, format: "count" },
        { key: "hours", value: 412.5, format: "hours" },
      ],
    },
    { key: "meetings", figures: [{ key: "attendanceRate", value: 87.5, format: "percent" }] },
  ],
  byMonth: Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    held: index === 2 ? 2 : 0,
    volunteers: index === 2 ? 130 : 0,
    hours: index === 2 ? 412.5 : index === 5 ? 0.1 : 0,
  })),
  results: [{ label: "树木种植", unit: "棵", value: 450 }],
  venues: [{ name: "羽毛球场", owner: "中国移动镇江分公司团委", bookings: 3, hours: 6.5 }],
  units: [
    {
      unit: unit(1, "中国邮政镇江分公司团委"),
      commitments: [
        { commitment: "STUDY_EXCHANGE", status: "CONFIRMED", claimed: true, confirmed: true },
        { commitment: "YOUTH_PROJECT", status: "SUBMITTED", claimed: true, confirmed: false },
        { commitment: "LIVELIHOOD", status: "IN_PROGRESS", claimed: false, confirmed: false },
        { commitment: "CULTURE_SPORTS", status: "RETURNED", claimed: false, confirmed: false },
        { commitment: "BACKBONE_TEAM", status: "NOT_STARTED", claimed: false, confirmed: false },
      ],
      claimed: 2,
      confirmed: 1,
      led: 1,
      joined: 0,
      meetings: { attended: 2, invited: 3 },
      volunteers: 80,
      hours: 240,
    },
    {
      unit: unit(2, '=HYPERLINK("http://evil")'),
      commitments: [],
      claimed: 0,
      confirmed: 0,
      led: 0,
      joined: 1,
      meetings: { attended: 1, invited: 3 },
      volunteers: 50,
      hours: 172.5,
    },
  ],
  highlights: [
    {
      id: 7,
      title: "润州青年公益林植树",
      date: new Date("2030-03-10T01:00:00Z"),
      leadUnit: "中国邮政镇江分公司团委",
      summary: "100 余名志愿者种下 200 余棵桂花和樱花树苗。",
      volunteers: 100,
      hours: 300,
    },
  ],
};
