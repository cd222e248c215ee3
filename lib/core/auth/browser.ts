/**
 * next-auth's two browser calls, sign in with a password and sign out, without
 * `next-auth/react` (13 KB gzip of session machinery on every page, issue 14). The protocol is
 * next-auth 4's own: fetch a CSRF token, post the form to its endpoint with `json=true`, read
 * the `error` of the returned URL. Browser only.
 */

async function csrfToken(): Promise<string> {
  const response = await fetch("/api/auth/csrf", { cache: "no-store", credentials: "same-origin" });
  const body = (await response.json()) as { csrfToken?: unknown };
  return typeof body.csrfToken === "string" ? body.csrfToken : "";
}

async function postForm(path: string, fields: Record<string, string>): Promise<Response> {
  const body = new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" });
  return fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
}

export type SignInResult = { ok: boolean; status: number; error: string | null };

/** Signs in with the credentials provider; the session cookie is set on success. */
export async function signInWithPassword(identifier: string, password: string): Promise<SignInResult> {
  const response = await postForm("/api/auth/callback/credentials", {
    identifier,
    password,
    callbackUrl: window.location.href,
  });
  const data = (await response.json().catch(() => ({}))) as { url?: unknown };
  const error =
    typeof data.url === "string" ? new URL(data.url, window.location.href).searchParams.get("error") : null;
  return { ok: response.ok && !error, status: response.status, error };
}

/** Ends the session, then opens `to` with a full page load (the header asks who is signed in). */
export async function signOutAndOpen(to: string): Promise<void> {
  await postForm("/api/auth/signout", { callbackUrl: to });
  window.location.assign(to);
}
