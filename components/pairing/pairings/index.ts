// Pairing components that other domains' pages show (server components).
export { MyPairingsCard } from "./my-pairings-card";
export { UnitPairings } from "./unit-pairings";
