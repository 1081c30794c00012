// npm run user:reset-password -- <email>: prints a one-time reset link, for installs that send no mail.
import { createPrismaClient } from "../lib/db-client";
import { issueResetLink } from "../lib/server/users/password-reset";
import { forgotPasswordSchema } from "../lib/validation/auth";

const parsed = forgotPasswordSchema.safeParse({ email: process.argv[2] });
if (!parsed.success) {
  console.error(`usage: npm run user:reset-password -- <email>\n${parsed.error.issues[0]?.message ?? ""}`);
  process.exit(2);
}
const db = createPrismaClient();
try {
  const user = await db.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (!user) {
    console.error(`No account uses ${parsed.data.email}.`);
    process.exitCode = 1;
  } else {
    console.log(`Open this link within 30 minutes to choose a new password (it works once):\n${await issueResetLink(db, { userId: user.id })}`);
    console.log("Set NEXTAUTH_URL to your public address if the link does not start with it.");
  }
} finally {
  await db.$disconnect();
}
