import { describe, expect, it } from "vitest";
import { createVenueSchema } from "./schemas";
import { newVenueValues, venueFormValues } from "./form-values";

const saved = {
  name: "健身房",
  kind: "GYM",
  quantity: 2,
  capacity: null,
  address: "",
  latitude: 32.2,
  longitude: 119.43,
  description: "",
  rules: "",
  contactPhone: "",
  bookingMode: "BOOKABLE",
  needsApproval: false,
  minNoticeHours: 0,
  maxAdvanceDays: 30,
  maxDurationMinutes: 120,
  bufferMinutes: 10,
  monthlyQuota: null,
  openingHours: [{ weekday: 1, opensAt: 510, closesAt: 1260 }],
};

describe("venueFormValues", () => {
  it("shows saved hours and marks weekdays without a row closed", () => {
    const values = venueFormValues(saved);
    expect(values).toMatchObject({ opens1: "08:30", closes1: "21:00", closed1: "", closed2: "on" });
    expect(values).toMatchObject({ capacity: "", monthlyQuota: "", needsApproval: "", latitude: "32.2" });
  });

  it("round-trips through the schema to the same opening hours", () => {
    const parsed = createVenueSchema.parse(venueFormValues(saved));
    expect(parsed.openingHours).toEqual(saved.openingHours);
    expect(parsed).toMatchObject({ capacity: null, monthlyQuota: null, needsApproval: false, quantity: 2 });
  });
});

describe("newVenueValues", () => {
  it("is a valid venue once named: open every day", () => {
    const parsed = createVenueSchema.parse({ ...newVenueValues, name: "新阵地" });
    expect(parsed.openingHours).toHaveLength(7);
  });
});
