// What other domains may use from activities. Pure modules only: client components import this
// too (the rotating check-in code is server-side and lives in lib/activities/checkin/index.ts).
export { checkInSchema } from "./checkin/schemas";
export { earliestHeldDate } from "./reports/dates";
export { reportWindowDays } from "./reports/review-filter";
