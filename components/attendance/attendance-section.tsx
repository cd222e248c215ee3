// Placeholder owned by the attendance slice: replaced by its implementation.
export async function AttendanceSection(_props: { meetingId: number }) {
  return null;
}
