import type { Locale } from "../config";

// Catalogs are grouped by the same domains as lib/ and components/: one file per namespace and
// locale (messages/<locale>/<domain>/<name>.json), read as the nested namespace "<domain>.<name>"
// (`useTranslations("units.admission.review")`, `"activities.participation.claimed"`).
// Adding a namespace: create the file in both locale folders and list it here.
const catalog = {
  core: [
    "common",
    "nav",
    "auth",
    "errors",
    "enums",
    "validation",
    "audit",
    "auditActions",
    "auditFields",
    "notifications",
    "charts",
  ],
  units: ["directory", "admission", "admin", "accounts", "selfService"],
  activities: ["plan", "detail", "admin", "participation", "checkin", "reports", "commitments"],
  meetings: ["meeting", "agenda", "attendance", "minutes", "decisions", "print"],
  rotation: ["admin", "unit", "public"],
  venues: ["map", "manage", "bookings"],
  pairing: ["communities", "pairings", "needs", "sites"],
  surveys: ["admin", "answer"],
  overview: ["home", "admin", "about", "report", "results", "unitYear"],
} as const;
type Catalog = typeof catalog;
export type Domain = keyof Catalog;
export type Namespace = { [D in Domain]: `${D}.${Catalog[D][number]}` }[Domain];

export type Messages = { [D in Domain]: { [N in Catalog[D][number]]: Record<string, unknown> } };

const namespaces = (Object.keys(catalog) as Domain[]).flatMap((domain) =>
  catalog[domain].map((name) => `${domain}.${name}` as Namespace),
);

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      const [domain, name] = ns.split(".") as [Domain, string];
      const mod = (await import(`./${locale}/${domain}/${name}.json`)) as {
        default: Record<string, unknown>;
      };
      return [domain, name, mod.default] as const;
    }),
  );
  const messages = {} as Record<string, Record<string, unknown>>;
  for (const [domain, name, content] of entries) (messages[domain] ??= {})[name] = content;
  return messages as Messages;
}

export { namespaces };

/** The part of the catalogs at the given dotted paths, nested as in the full catalogs. */
export function pickMessages(messages: object, paths: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const path of paths) {
    const parts = path.split(".");
    let from: unknown = messages;
    let into = picked;
    parts.forEach((part, index) => {
      from = typeof from === "object" && from !== null ? (from as Record<string, unknown>)[part] : undefined;
      if (index === parts.length - 1) into[part] = from;
      else into = (into[part] ??= {}) as Record<string, unknown>;
    });
  }
  return picked;
}
