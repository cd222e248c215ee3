import "server-only";

// What other domains may use of the list editor: server-side writes (the domain's own barrel,
// lib/activities/index.ts, stays pure because client components import it).
// A community need turned into a list item in one step (lib/pairing/needs/match-need.ts).
export { addActivity } from "./save-activity";
