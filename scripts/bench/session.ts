// Real session cookies for the signed-in scenarios: one sign-in through next-auth's credentials
// endpoint per account, as the login form does it (CSRF token first, then the credentials).

/** "name=value" pairs of the Set-Cookie headers, for a Cookie header. */
export function cookiePairs(setCookies: readonly string[]): string[] {
  return setCookies.map((header) => header.split(";")[0]!.trim()).filter((pair) => pair.includes("="));
}

export async function signIn(baseUrl: string, identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiePairs(csrf.headers.getSetCookie());
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ identifier, password, csrfToken, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  const session = cookiePairs(response.headers.getSetCookie()).find((pair) =>
    pair.includes("session-token="),
  );
  if (!session)
    throw new Error(`sign-in of ${identifier} failed: HTTP ${response.status}, no session cookie`);
  return session;
}
