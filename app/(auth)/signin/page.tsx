import type { Metadata } from "next";
import { safeReturnPath } from "@/lib/auth/return-path";
import { SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in" };


export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return <SignInForm returnTo={safeReturnPath(params.callbackUrl)} registered={params.registered === "1"} />;
}
