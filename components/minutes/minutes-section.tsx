// Placeholder owned by the minutes slice: replaced by its implementation.
export async function MinutesSection(_props: { meetingId: number }) {
  return null;
}
