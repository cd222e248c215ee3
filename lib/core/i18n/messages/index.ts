import type { Locale } from "../config";

// One file per namespace and locale keeps catalogs small and lets features own their strings.
// Adding a namespace: create it in both locale folders and list it here.
const namespaces = [
  "common",
  "nav",
  "home",
  "plan",
  "activity",
  "units",
  "auth",
  "my",
  "admin",
  "errors",
  "enums",
  "validation",
  "join",
  "applications",
  "unitsAdmin",
  "usersAdmin",
  "profile",
  "audit",
  "planAdmin",
  "participation",
  "reports",
  "commitments",
  "inbox",
  "meetings",
  "agenda",
  "attendance",
  "minutes",
  "decisions",
  "meetingPrint",
  "rotation",
  "rotationMy",
  "rotationPublic",
  "venues",
  "bookings",
] as const;
export type Namespace = (typeof namespaces)[number];

export type Messages = Record<Namespace, Record<string, unknown>>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      const mod = (await import(`./${locale}/${ns}.json`)) as { default: Record<string, unknown> };
      return [ns, mod.default] as const;
    }),
  );
  return Object.fromEntries(entries) as Messages;
}

export { namespaces };

/**
 * Namespaces that client components (forms) translate in the browser; everything else is
 * rendered on the server and never shipped to the client.
 */
export const clientNamespaces = [
  "auth",
  "errors",
  "validation",
  "join",
  "applications",
  "unitsAdmin",
  "usersAdmin",
  "profile",
  "planAdmin",
  "participation",
  "reports",
  "commitments",
  "meetings",
  "agenda",
  "attendance",
  "minutes",
  "decisions",
  "rotation",
  "rotationMy",
  "rotationPublic",
  "venues",
  "bookings",
] as const satisfies readonly Namespace[];
