// Activity components that other domains' pages show (server components).
export { ActivityStatusBadge } from "./plan/activity-status-badge";
export { PlannedWhen } from "./plan/planned-when";
export { CommitmentSummary } from "./commitments/commitment-summary";
