// Placeholder owned by the meetings slice: replaced by its implementation.
export async function MyMeetings(_props: { unitId: number }) {
  return null;
}
