// The cookies and headers a server action sees in integration tests (tests/setup/next-runtime.ts
// mocks next/headers with them).
const state = globalThis as {
  __testSessionUser?: { id: string; name: string | null } | null;
  __testCookies?: Map<string, string>;
  __testHeaders?: HeadersInit;
};

/** A new file's request: nobody signed in, no cookies, no headers (files share a worker). */
export function resetRequest() {
  state.__testSessionUser = null;
  state.__testCookies = new Map();
  state.__testHeaders = undefined;
}

/** The headers the following "requests" carry (as the portal's server would stamp them). */
export function setRequestHeaders(init: HeadersInit | undefined) {
  state.__testHeaders = init;
}

/** next/headers' headers(). */
export async function requestHeaders() {
  return new Headers(state.__testHeaders);
}

const jar = () => (state.__testCookies ??= new Map());

/**
 * The session cookie actAs(user) stands for: the one the user would hold right after signing
 * in, under their current session version (minted as sign-in mints it, tests/integration/
 * helpers/session-cookie.ts), so the app decrypts and checks it as in a real request.
 */
async function actingUserCookies(): Promise<Map<string, string>> {
  const user = state.__testSessionUser;
  if (!user) return new Map();
  const [{ mintSessionCookie }, { sessionCookie }] = await Promise.all([
    import("../integration/helpers/session-cookie"),
    import("@/lib/core/auth/session-cookie"),
  ]);
  const value = await mintSessionCookie({ id: Number(user.id), name: user.name ?? "" });
  return new Map([[sessionCookie().name, value]]);
}

/**
 * next/headers' cookies(): an in-memory jar that actions may also write to (a replayed cookie,
 * a re-issued one). While it is empty, the user chosen with actAs is signed in afresh for every
 * request.
 */
export async function requestCookies() {
  const sent = jar().size > 0 ? jar() : await actingUserCookies();
  return {
    get: (name: string) => (sent.has(name) ? { name, value: sent.get(name)! } : undefined),
    getAll: () => [...sent].map(([name, value]) => ({ name, value })),
    has: (name: string) => sent.has(name),
    set: (name: string, value: string) => void jar().set(name, value),
    delete: (name: string) => void jar().delete(name),
  };
}
