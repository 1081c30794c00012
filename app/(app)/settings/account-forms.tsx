"use client";

import { signIn, signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { changePasswordAction, deleteAccountAction, type AccountResult } from "./account-actions";

type Failure = Extract<AccountResult, { ok: false }>;

function useSubmit(action: (form: FormData) => Promise<AccountResult>, onSuccess: (result: Extract<AccountResult, { ok: true }>, form: FormData) => Promise<void>) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setFailure(null);
    try {
      const result = await action(form);
      if (result.ok) await onSuccess(result, form);
      else setFailure(result);
    } catch {
      setFailure({ ok: false, message: "We could not reach the server. Nothing was changed; try again." });
    } finally {
      setPending(false);
    }
  }
  return { failure, pending, submit };
}

/** On a phone the top bar has no room for signing out, so it is here, with the account it signs out of. */
export function PhoneSignOut({ email }: { email: string }) {
  return (
    <section aria-label="Account" className="mt-6 flex items-center justify-between gap-3 rounded-2xl border border-border bg-surface p-4 sm:hidden">
      <p className="min-w-0 truncate text-sm text-muted" title={email}>
        Signed in as <span className="text-text">{email}</span>
      </p>
      <Button type="button" variant="secondary" className="shrink-0" onClick={() => void signOut({ callbackUrl: "/" })}>
        Sign out
      </Button>
    </section>
  );
}

export function ChangePasswordForm() {
  const [done, setDone] = useState(false);
  const { failure, pending, submit } = useSubmit(changePasswordAction, async (result, form) => {
    // Other sessions ended with the change; this tab signs in again with the new password.
    await signIn("credentials", { email: result.email, password: form.get("newPassword"), redirect: false });
    setDone(true);
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="flex flex-col gap-4 rounded-2xl border border-border bg-surface p-6">
      <h2 className="text-lg font-semibold">Change password</h2>
      <p className="text-sm text-muted">You stay signed in here; every other device and browser is signed out.</p>
      <Field id="currentPassword" name="currentPassword" type="password" label="Current password" autoComplete="current-password" error={failure?.fieldErrors?.currentPassword} />
      <Field id="newPassword" name="newPassword" type="password" label="New password" autoComplete="new-password" hint="At least 10 characters, and not a common password." error={failure?.fieldErrors?.newPassword} />
      {done && <p role="status" className="rounded-lg bg-good-soft px-3 py-2 text-sm text-good">✓ Password changed. Other sessions have been signed out.</p>}
      {failure && !failure.fieldErrors && <p role="alert" className="rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">{failure.message}</p>}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}

export function DeleteAccountForm() {
  const { failure, pending, submit } = useSubmit(deleteAccountAction, async () => {
    await signOut({ callbackUrl: "/" });
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="flex flex-col gap-4 rounded-2xl border-2 border-bad bg-surface p-6">
      <h2 className="text-lg font-semibold text-bad">Delete account</h2>
      <p className="text-sm text-muted">This removes your account and all of your history, quizzes and schedule at once. It cannot be undone; export your data from the dashboard first if you want to keep it.</p>
      <Field id="deletePassword" name="password" type="password" label="Password" autoComplete="current-password" error={failure?.fieldErrors?.password} />
      <Field id="confirm" name="confirm" label='Type "delete" to confirm' autoComplete="off" error={failure?.fieldErrors?.confirm} />
      {failure && !failure.fieldErrors && <p role="alert" className="rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">{failure.message}</p>}
      <Button type="submit" disabled={pending} className="self-start bg-bad! text-bg!">
        {pending ? "Deleting…" : "Delete my account"}
      </Button>
    </form>
  );
}
