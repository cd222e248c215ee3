import "server-only";

// The one way a year's list grows, for other domains' writes that add items in their own
// transaction (items drafted from a survey's results). A barrel of its own: a form shows every
// message its action's imports can throw, and this one throws only yearNotFound.
export { appendActivities } from "./append-activities";
