// Placeholder owned by the decisions slice: replaced by its implementation.
export async function MyOpenDecisions(_props: { unitId: number }) {
  return null;
}
