// Form fields for the admin's unit form, as the browser sends them.
import { uniqueSuffix } from "@/tests/factories";

export function unitFields(
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  const suffix = uniqueSuffix();
  return {
    name: `新建单位${suffix}团委`,
    shortName: `新建${suffix.slice(-4)}`,
    slug: `new-unit-${suffix}`,
    category: "FINANCIAL_INSTITUTION",
    orgType: "BRANCH",
    inDistrict: "on",
    intro: "一家用于测试的成员单位。",
    address: "润州区测试路 8 号",
    contactName: "王五",
    contactPhone: "0511-85550000",
    contactPhonePublic: "on",
    joinedOn: "2024-03-01",
    ...overrides,
  };
}
