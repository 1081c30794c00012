"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";
import { registerAction, type RegisterResult } from "./actions";

type Errors = Extract<RegisterResult, { ok: false }>["fieldErrors"] & { form?: string };

export function RegisterForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone);
    setPending(true);
    setErrors({});
    try {
      const result = await registerAction(form);
      if (!result.ok) {
        setErrors({ ...result.fieldErrors, form: result.formError });
        return;
      }
      // Not signed in here: signing in would only work for a new email, and so tell whoever typed it
      // whether the email already had an account. Everyone goes to the sign-in form instead.
      router.replace("/signin?registered=1");
    } catch {
      setErrors({ form: "We could not reach the server. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="flex flex-col gap-4 rounded-2xl border border-border bg-surface p-6">
      <h1 className="text-2xl font-bold">Create your account</h1>
      <Field id="name" name="name" label="Name (optional)" autoComplete="name" error={errors.name} />
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required error={errors.email} />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={errors.password}
      />
      {errors.form && (
        <p role="alert" className="rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
          {errors.form}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-sm text-muted">
        Already have an account?{" "}
        <Link href="/signin" className="text-accent underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
