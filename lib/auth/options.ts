import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { clientIpFrom } from "@/lib/http/client-ip";
import { publicOrigin } from "@/lib/http/public-origin";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { verifyCredentials } from "./credentials";

/** Error codes the sign-in form turns into messages. */
export const signInErrors = { invalid: "CredentialsSignin", rateLimited: "RateLimited" } as const;

function clientIp(headers: Record<string, unknown> | undefined): string {
  return clientIpFrom((name) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : undefined;
  });
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await verifyCredentials(db, credentials ?? {}, clientIp(req?.headers));
        if (result.ok) return { id: String(result.user.id), name: result.user.name };
        if (result.reason === "rate-limited") throw new Error(signInErrors.rateLimited);
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
    // The token carries only the user id: role, unit and status are read from the database on
    // every request, so a suspension or role change takes effect at once.
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { name: session.user?.name ?? null, id: token.sub } };
    },
  },
};
