/** How long one rotating check-in code is shown before the next (the screen counts down to it). */
export const checkinPeriodMs = 60_000;
