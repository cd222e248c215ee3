import type { RankReason } from "@/lib/pairing/needs/rank-needs";

/** A distance as the reason line shows it: one decimal under 10 km, whole km beyond. */
export function formatKm(km: number): string {
  return km < 10 ? km.toFixed(1) : String(Math.round(km));
}

/** The catalog key (under pairing.needs.reason) and values that say why a need stands where it does. */
export function reasonMessage(reason: RankReason): { key: string; values?: Record<string, string> } {
  switch (reason.kind) {
    case "paired":
      return reason.km === null
        ? { key: "paired" }
        : { key: "pairedNear", values: { km: formatKm(reason.km) } };
    case "near":
      return { key: "near", values: { km: formatKm(reason.km) } };
    case "unknown":
      return { key: reason.missing === "unit" ? "unknownUnit" : "unknownNeed" };
  }
}
