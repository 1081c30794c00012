import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { log } from "@/lib/log";
import { signInWithThrottle } from "@/lib/server/users/sign-in";
import { signInSchema } from "@/lib/validation/auth";

// Behind `next start` on any host name, next-auth takes the origin from the request.
process.env.AUTH_TRUST_HOST ??= "true";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  // Read on first request, not at import, so `next build` runs without the secret.
  get secret() {
    return env().NEXTAUTH_SECRET;
  },
  session: { strategy: "jwt", maxAge: THIRTY_DAYS },
  pages: { signIn: "/signin" },
  // next-auth's own messages go through the structured, redacting logger.
  logger: {
    error: (code, metadata) => log.error(`next-auth ${code}`, { metadata }),
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
    jwt({ token, user }) {
      // Set once at sign-in; a password change bumps the user's version and so ends this session.
      if (user && "sessionVersion" in user) token.sv = user.sessionVersion;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      session.sv = token.sv;
      return session;
    },
  },
};
