// Integration tests call server actions directly, outside a Next.js request. These stand-ins
// replace only the framework's request plumbing (who is signed in, cookies, headers, the page
// cache); the database, the policy and the mutations are the real ones.
//
// Test files share one module registry per worker (vitest.config.ts: isolate: false), so an app
// module imported by an earlier file keeps the stand-ins it got then. They therefore live on
// globalThis, made once per worker and reset before each file: every file sees the same ones.
import { vi } from "vitest";
import { resetRequest } from "./request-cookies";

const state = globalThis as { __nextCache?: { revalidatePath: unknown; revalidateTag: unknown } };
const nextCache = (state.__nextCache ??= { revalidatePath: vi.fn(), revalidateTag: vi.fn() });
vi.mocked(nextCache.revalidatePath as () => void).mockClear();
vi.mocked(nextCache.revalidateTag as () => void).mockClear();
resetRequest();

// Session cookies (actAs and tests/integration/helpers/session-cookie.ts) need a secret for
// next-auth's encryption; production refuses to start without one.
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";

// The request's cookies and headers (tests/setup/request-cookies.ts): the jar or the user chosen
// with actAs, and the headers a test sets with setRequestHeaders.
vi.mock("next/headers", async () => {
  const { requestCookies, requestHeaders } = await import("./request-cookies");
  return { cookies: requestCookies, headers: requestHeaders };
});

vi.mock("next/cache", () => (globalThis as { __nextCache?: object }).__nextCache!);

// Next's compiler supplies next/root-params; outside a Next.js render there is no [locale]
// segment, as in a server action (lib/core/i18n/current-locale.ts falls back to the cookie).
vi.mock("next/root-params", () => ({ locale: async () => undefined }));
