// Valid venue form fields (open Mon–Sat 08:00–21:00, closed Sunday) to vary per test.
export function venueFields(overrides: Record<string, string | number | boolean | undefined> = {}) {
  const hours: Record<string, string> = {};
  for (const day of [1, 2, 3, 4, 5, 6]) {
    hours[`opens${day}`] = "08:00";
    hours[`closes${day}`] = "21:00";
  }
  return {
    name: `职工健身房${Math.random().toString(36).slice(2, 8)}`,
    kind: "GYM",
    quantity: 1,
    capacity: 40,
    address: "润州区和平路 1 号",
    latitude: "32.2",
    longitude: "119.43",
    description: "",
    rules: "请穿运动鞋。",
    contactPhone: "0511-85000000",
    bookingMode: "BOOKABLE",
    needsApproval: "on",
    minNoticeHours: 24,
    maxAdvanceDays: 60,
    maxDurationMinutes: 180,
    bufferMinutes: 15,
    monthlyQuota: "",
    ...hours,
    closed7: "on",
    ...overrides,
  };
}
