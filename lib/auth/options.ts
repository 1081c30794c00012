import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { log } from "@/lib/log";
import { endSession, isSessionCurrent, startSession } from "@/lib/server/users/session-check";
import { signInWithThrottle } from "@/lib/server/users/sign-in";
import { SESSION_ENDED, SESSION_IDLE_SECONDS } from "./session-policy";
import { signInSchema } from "@/lib/validation/auth";

// Behind `next start` on any host name, next-auth takes the origin from the request.
process.env.AUTH_TRUST_HOST ??= "true";


export const authOptions: NextAuthOptions = {
  // Read on first request, not at import, so `next build` runs without the secret.
  get secret() {
    return env().NEXTAUTH_SECRET;
  },
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/signin" },
  // next-auth's own messages go through the structured, redacting logger.
  logger: {
    // A revoked or too-old session is refused by the jwt callback below: routine, not an error.
    error: (code, metadata) =>
      code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_ENDED ? log.info("session ended") : log.error(`next-auth ${code}`, { metadata }),
    warn: (code) => log.warn(`next-auth ${code}`),
    debug: () => undefined,
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        return signInWithThrottle(db, { ...parsed.data, address: clientAddress(req.headers ?? {}) });
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        // Set once at sign-in: a password change bumps the user's version, sign-out deletes the session row.
        token.sv = "sessionVersion" in user ? user.sessionVersion : 0;
        token.sid = await startSession(db, { userId: user.id });
        return token;
      }
      // Every renewal (/api/auth/session, getServerSession) checks the session still stands; throwing
      // makes next-auth clear the cookie instead of extending it.
      if (!token.sub || !(await isSessionCurrent(db, { userId: token.sub, sessionVersion: token.sv, sessionId: token.sid }))) throw new Error(SESSION_ENDED);
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      session.sv = token.sv;
      session.sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      await endSession(db, (token as { sid?: unknown } | null)?.sid);
    },
  },
};
