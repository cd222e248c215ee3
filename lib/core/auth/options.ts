import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/core/db";
import { clientIpFrom } from "@/lib/core/http/client-ip";
import { publicOrigin } from "@/lib/core/http/public-origin";
import { safeRedirectPath } from "@/lib/core/http/safe-redirect";
import { verifyCredentials } from "./credentials";
import { rateLimitedError } from "./sign-in-error";
import { revokeOnSignOut } from "./revoke-sessions";
import { isSessionCurrent } from "./session-user";
import { idleTimeoutSeconds, nowInSeconds, parseClaims } from "./session-policy";

function clientIp(headers: Record<string, unknown> | undefined): string {
  return clientIpFrom((name) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : undefined;
  });
}

export const authOptions: NextAuthOptions = {
  // The token's own expiry is the idle timeout; the proxy slides it (and lastSeenAt) while the
  // session is in use. The absolute timeout is checked against signedInAt (session-policy.ts).
  session: { strategy: "jwt", maxAge: idleTimeoutSeconds },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await verifyCredentials(db, credentials ?? {}, clientIp(req?.headers));
        if (result.ok) {
          const { id, name, sessionVersion } = result.user;
          return { id: String(id), name, sessionVersion };
        }
        if (result.reason === "rate-limited") throw new Error(rateLimitedError(result.retryAfterSeconds));
        return null;
      },
    }),
  ],
  callbacks: {
    // Where next-auth sends the browser after signing in or out (its callbackUrl parameter and
    // cookie): a same-site path only, on the configured public origin, never the request's Host.
    redirect({ url }) {
      return `${publicOrigin()}${safeRedirectPath(url)}`;
    },
    // The token carries the user id, the session version it was issued under and its times:
    // role, unit and status are read from the database on every request (getCurrentUser), and
    // a version bumped since sign-in (sign-out, password change, deactivation…) ends it.
    jwt({ token, user }) {
      if (user) {
        const now = nowInSeconds();
        token.sub = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
        token.signedInAt = now;
        token.lastSeenAt = now;
      }
      return token;
    },
    // A revoked or timed-out token yields a session without a user, so next-auth's own
    // /api/auth/session endpoint does not vouch for a cookie that getCurrentUser refuses.
    async session({ session, token }) {
      const claims = parseClaims(token);
      if (!claims || !(await isSessionCurrent(claims))) return { expires: session.expires };
      const { sessionVersion, signedInAt, lastSeenAt } = token;
      const user = { name: session.user?.name ?? null, id: token.sub };
      return { ...session, user, sessionVersion, signedInAt, lastSeenAt };
    },
  },
  events: {
    // Signing out ends every session of the person, so a copied cookie is worthless afterwards.
    async signOut({ token }) {
      const claims = parseClaims(token);
      if (claims) await revokeOnSignOut(db, claims.userId, claims.sessionVersion);
    },
  },
};
