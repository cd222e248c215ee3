// Integration tests call server actions directly, outside a Next.js request. These stand-ins
// replace only the framework's request plumbing (who is signed in, cookies, the page cache);
// the database, the policy and the mutations are the real ones.
import { vi } from "vitest";

type SessionUser = { id: string; name: string | null };
const state = globalThis as {
  __testSessionUser?: SessionUser | null;
  __revalidated?: string[];
  __testCookies?: Map<string, string>;
};

// Tests that replay real session cookies (tests/integration/helpers/session-cookie.ts) need a
// secret for next-auth's encryption; production refuses to start without one.
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";

vi.mock("next-auth", async (importOriginal) => {
  const original = await importOriginal<typeof import("next-auth")>();
  return {
    ...original,
    getServerSession: vi.fn(async (options: Parameters<typeof original.getServerSession>[0]) => {
      // A cookie in the jar: next-auth itself decrypts and checks it, as in a real request.
      const cookies = state.__testCookies;
      if (cookies?.size) {
        const request = { headers: {}, cookies: Object.fromEntries(cookies) };
        const response = { getHeader() {}, setCookie() {}, setHeader() {} };
        return (original.getServerSession as (...args: unknown[]) => Promise<unknown>)(
          request,
          response,
          options,
        );
      }
      // actAs(user): as if the user had just signed in, under their current session version.
      const user = state.__testSessionUser;
      if (!user) return null;
      const { db } = await import("@/lib/core/db");
      const found = await db.user.findUnique({
        where: { id: Number(user.id) },
        select: { sessionVersion: true },
      });
      const now = Math.floor(Date.now() / 1000);
      return {
        user,
        expires: "",
        sessionVersion: found?.sessionVersion ?? 0,
        signedInAt: now,
        lastSeenAt: now,
      };
    }),
  };
});

// The request's cookies: an in-memory jar that server actions may also write to.
vi.mock("next/headers", () => {
  const jar = () => (state.__testCookies ??= new Map());
  return {
    cookies: async () => ({
      get: (name: string) => (jar().has(name) ? { name, value: jar().get(name)! } : undefined),
      getAll: () => [...jar()].map(([name, value]) => ({ name, value })),
      has: (name: string) => jar().has(name),
      set: (name: string, value: string) => void jar().set(name, value),
      delete: (name: string) => void jar().delete(name),
    }),
    headers: async () => new Headers(),
  };
});

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn((path: string) => void (state.__revalidated ??= []).push(path)),
  revalidateTag: vi.fn(),
}));

// Next's compiler supplies next/root-params; outside a Next.js render there is no [locale]
// segment, as in a server action (lib/core/i18n/current-locale.ts falls back to the cookie).
vi.mock("next/root-params", () => ({ locale: async () => undefined }));
