// Integration tests call server actions directly, outside a Next.js request. These stand-ins
// replace only the framework's request plumbing (who is signed in, cookies, the page cache);
// the database, the policy and the mutations are the real ones.
import { vi } from "vitest";

const state = globalThis as { __revalidated?: string[] };

// Session cookies (actAs and tests/integration/helpers/session-cookie.ts) need a secret for
// next-auth's encryption; production refuses to start without one.
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";

// The request's cookies (tests/setup/request-cookies.ts): the jar, or the user chosen with actAs.
vi.mock("next/headers", async () => {
  const { requestCookies } = await import("./request-cookies");
  return { cookies: requestCookies, headers: async () => new Headers() };
});

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn((path: string) => void (state.__revalidated ??= []).push(path)),
  revalidateTag: vi.fn(),
}));

// Next's compiler supplies next/root-params; outside a Next.js render there is no [locale]
// segment, as in a server action (lib/core/i18n/current-locale.ts falls back to the cookie).
vi.mock("next/root-params", () => ({ locale: async () => undefined }));
