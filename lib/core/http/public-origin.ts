/**
 * The site's public origin ("https://portal.example.cn") for every absolute address the server
 * writes: links in mail, calendar feeds, the QR codes for check-in, next-auth's redirects.
 * It comes from configuration only — PUBLIC_ORIGIN, else NEXTAUTH_URL — never from the request's
 * Host or X-Forwarded-Host, which a client (or an internal hop) can set to anything. Without
 * either setting (development) it is http://localhost:$PORT.
 */
type Env = Readonly<Record<string, string | undefined>>;

function originOf(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

export function publicOrigin(env: Env = process.env): string {
  return (
    originOf(env.PUBLIC_ORIGIN) ??
    originOf(env.NEXTAUTH_URL) ??
    `http://localhost:${env.PORT?.trim() || 3000}`
  );
}

/** An absolute address on the public origin for a path the server made ("/activities/3"). */
export function publicUrl(path: string, env: Env = process.env): string {
  return new URL(path, `${publicOrigin(env)}/`).href;
}
