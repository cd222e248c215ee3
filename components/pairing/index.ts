// What other domains' components may use of pairing (结对挂钩).

/** A unit's long-term service sites with its visits, volunteers and hours (unit page, /my). */
export { UnitServiceSites } from "./sites/unit-service-sites";
