"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ email?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setErrors({});
    try {
      const result = await forgotPasswordAction(form);
      const email = form.get("email");
      if (result.ok) setSentTo(typeof email === "string" ? email.trim() : "");
      else setErrors({ email: result.emailError, form: result.formError });
    } catch {
      setErrors({ form: "We could not reach the server. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  if (sentTo !== null) {
    return (
      <section className="flex flex-col gap-4 rounded-2xl border border-border bg-surface p-6" aria-labelledby="sent-heading">
        <h1 id="sent-heading" className="text-2xl font-bold">
          Check your email
        </h1>
        {/* The same words whether or not the email has an account, so the page tells nobody which emails are registered. */}
        <p role="status" className="text-sm">
          If <strong className="break-all">{sentTo}</strong> belongs to an account, a link to choose a new password is on its way. It works once, for 30
          minutes. Nothing after a few minutes? Look in your spam folder, or ask again.
        </p>
        <Link href="/signin" className="text-sm text-accent underline">
          Back to sign in
        </Link>
      </section>
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="flex flex-col gap-4 rounded-2xl border border-border bg-surface p-6">
      <h1 className="text-2xl font-bold">Reset your password</h1>
      <p className="text-sm text-muted">Enter the email you signed up with and we will send you a link to choose a new password.</p>
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required error={errors.email} />
      {errors.form && (
        <p role="alert" className="rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
          {errors.form}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send the reset link"}
      </Button>
      <p className="text-sm text-muted">
        Remembered it?{" "}
        <Link href="/signin" className="text-accent underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
