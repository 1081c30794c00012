import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import type { RegisterInput } from "@/lib/validation/auth";
import { Prisma } from "@/lib/generated/prisma/client";

export async function createUser(db: Db, input: RegisterInput): Promise<{ id: string; email: string }> {
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
