// Needs-board components other domains' pages show (server components): the secretary's desk
// card, and a need on a list (a community's page lists its open needs).
export { MyNeedsCard } from "./my-needs-card";
export { NeedCardItem } from "./need-card";
