"use client";

import Link from "next/link";
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";
import { resetPasswordAction } from "./actions";

type State = { kind: "reading" } | { kind: "ready"; token: string } | { kind: "no-token" } | { kind: "done" };

const tokenFromHash = (hash: string) => new URLSearchParams(hash.replace(/^#/, "")).get("token");

export function ResetPasswordForm() {
  const [state, setState] = useState<State>({ kind: "reading" });
  const [errors, setErrors] = useState<{ password?: string; link?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  useEffect(() => {
    // The token lives in the fragment, which only the browser sees; it is dropped from the address bar once read.
    const token = tokenFromHash(window.location.hash);
    if (token) window.history.replaceState(null, "", window.location.pathname);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the fragment exists only in the browser, after hydration
    setState(token ? { kind: "ready", token } : { kind: "no-token" });
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (state.kind !== "ready") return;
    const form = new FormData(event.currentTarget);
    form.set("token", state.token);
    setPending(true);
    setErrors({});
    try {
      const result = await resetPasswordAction(form);
      if (result.ok) setState({ kind: "done" });
      else setErrors({ password: result.passwordError, link: result.linkError, form: result.formError });
    } catch {
      setErrors({ form: "We could not reach the server. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  if (state.kind === "done") {
    return (
      <section className="flex flex-col gap-4 rounded-2xl border border-border bg-surface p-6" aria-labelledby="done-heading">
        <h1 id="done-heading" className="text-2xl font-bold">
          Password changed
        </h1>
        <p role="status" className="rounded-lg bg-good-soft px-3 py-2 text-sm text-good">
          Your new password is set, and every device that was signed in has been signed out.
        </p>
        <Link href="/signin" className="self-start rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink">
          Sign in with your new password
        </Link>
      </section>
    );
  }

  const deadLink = state.kind === "no-token" ? "This page needs the link from your reset email. Open it again, or ask for a new one." : errors.link;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="flex flex-col gap-4 rounded-2xl border border-border bg-surface p-6">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {deadLink ? (
        <p role="alert" className="rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
          {deadLink}{" "}
          <Link href="/forgot-password" className="underline">
            Send a new link
          </Link>
        </p>
      ) : null}
      <Field
        id="password"
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Setting it signs out every device.`}
        error={errors.password}
        disabled={state.kind !== "ready"}
      />
      {errors.form && (
        <p role="alert" className="rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
          {errors.form}
        </p>
      )}
      <Button type="submit" disabled={pending || state.kind !== "ready"}>
        {pending ? "Saving…" : "Set the new password"}
      </Button>
    </form>
  );
}
