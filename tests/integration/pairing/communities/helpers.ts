// Valid community form fields to vary per test (a fresh name and subdistrict each time).
export function communityFields(overrides: Record<string, string | number | undefined> = {}) {
  const suffix = Math.random().toString(36).slice(2, 8);
  return {
    subdistrict: `测试街道${suffix}`,
    name: `测试社区${suffix}`,
    address: "润州区南山路 8 号",
    latitude: "32.191264",
    longitude: "119.432718",
    description: "小区旁有闲置地块待绿化。",
    contactName: "示例联系人",
    contactPhone: "0511-85550000",
    unitId: "",
    ...overrides,
  };
}
