// What other domains may use to book a venue: activity scheduling books the lead unit's venue
// through the same rules, quota, insert and notices as a booking made on the venue pages, and
// then expires the public feeds of the venues its booking moved between.
export { range } from "./booking-answers";
export { assertBookable, assertRules, occurrenceOf, type Occurrence } from "./booking-rules";
export { checkQuota } from "./check-quota";
export { DuplicateRequest, insertOnFreeCourt } from "./insert-booking";
export { loadVenue, type BookableVenue } from "./load-venue";
export { describeTime, notifyBookingCreated } from "./notify-booking";
export { activityVenueFeedPages } from "./feed-pages";
