// Placeholder owned by the decisions slice: replaced by its implementation.
export async function DecisionsSection(_props: { meetingId: number }) {
  return null;
}
