// What other domains may use of pairing (结对挂钩); everything else stays inside it.

/** An activity's report adds (or keeps in step) its visit in its service site's log. */
export { syncActivityServiceLog } from "./sites/sync-activity-log";
export { isHeldAtServiceSite } from "./sites/queries";
