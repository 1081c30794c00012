import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(process.cwd(), "lib", "auth", "common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith("#")),
  );
  return common;
}

/** Why a password is too easy to guess, or null. Length is checked by the schema. */
export function weakPasswordReason(password: string, email?: string): string | null {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "That password is on the list of most common passwords. Choose something others would not guess, such as four unrelated words.";
  if (new Set(lower).size <= 2) return "That password repeats the same characters. Choose something others would not guess, such as four unrelated words.";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "Do not put your email address in your password. Choose something others would not guess, such as four unrelated words.";
  return null;
}
