// Recognising the "Booking_no_overlap" exclusion violation, whichever layer reports it.

type ErrorLike = {
  code?: unknown;
  meta?: unknown;
  cause?: unknown;
  message?: unknown;
  originalCode?: unknown;
};

/**
 * True when `error` is PostgreSQL's exclusion_violation (SQLSTATE 23P01). Prisma wraps driver
 * errors differently by path (a known request error with the code in `meta`, a raw query error,
 * the pg error itself in `cause`), so every level is searched.
 */
export function isExclusionViolation(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as ErrorLike;
  if (e.code === "23P01" || e.originalCode === "23P01") return true;
  if (typeof e.message === "string" && /23P01|exclusion constraint|Booking_no_overlap/.test(e.message)) {
    return true;
  }
  if (e.meta && typeof e.meta === "object") {
    const meta = JSON.stringify(e.meta);
    if (/23P01|Booking_no_overlap|exclusion/i.test(meta)) return true;
  }
  return isExclusionViolation(e.cause, depth + 1);
}
