/**
 * A site id or log page from the URL, or null when it is not a positive integer written without
 * leading zeros: `/sites/007` is not a second address of site 7 (nor a second cache entry).
 */
export function parsePositive(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}
