"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function SignInForm({ returnTo, registered = false }: { returnTo: string; registered?: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const emailValue = form.get("email");
    const passwordValue = form.get("password");
    const email = typeof emailValue === "string" ? emailValue.trim() : "";
    const password = typeof passwordValue === "string" ? passwordValue : "";
    if (!email || !password) {
      setError("Enter your email and your password.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result?.ok) {
        const throttled = result?.error?.startsWith("Too many failed sign-ins");
        // One message for a wrong password and an unknown email, so the form does not reveal which emails have accounts.
        setError(throttled ? result!.error! : "That email and password do not match an account. Check both and try again.");
        return;
      }
      router.replace(returnTo);
      router.refresh();
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="flex flex-col gap-4 rounded-2xl border border-border bg-surface p-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      {registered && (
        <p role="status" className="rounded-lg bg-good-soft px-3 py-2 text-sm text-good">
          If that email is new here, your account is ready: sign in with it and your new password. If you already had an account with it, sign in with the password you chose then.
        </p>
      )}
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required />
      <Field id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      <Link href="/forgot-password" className="-mt-2 self-end text-sm text-accent underline">
        Forgot password?
      </Link>
      {error && (
        <p role="alert" className="rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
          {error}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm text-muted">
        New here?{" "}
        <Link href="/register" className="text-accent underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
