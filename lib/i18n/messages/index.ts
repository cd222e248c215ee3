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
