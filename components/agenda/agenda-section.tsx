// Placeholder owned by the agenda slice: replaced by its implementation.
export async function AgendaSection(_props: { meetingId: number }) {
  return null;
}
