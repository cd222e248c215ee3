/** A community id from an address: digits only, in the range of an id; anything else is null. */
export function parseCommunityId(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}
