// Placeholder owned by the attendance slice: replaced by its implementation.
export async function UnitAttendanceRates(_props: { unitId: number }) {
  return null;
}
