import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/weak-password";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import type { RegisterInput } from "@/lib/validation/auth";
import { Prisma } from "@/lib/generated/prisma/client";

export async function createUser(db: Db, input: RegisterInput): Promise<{ id: string; email: string }> {
  // Checked here rather than in the shared schema: the list lives on the server, not in the browser bundle.
  const weak = weakPasswordReason(input.password, input.email);
  if (weak) throw new AppError("invalid", weak);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name || null, passwordHash, timeZone: input.timeZone },
      select: { id: true, email: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "An account with this email already exists. Sign in instead.");
    }
    throw error;
  }
}
