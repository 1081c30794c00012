import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getStudyPlanSettings } from "@/lib/server/learner/study-plan-settings";
import { listTopics } from "@/lib/server/topics/list-topics";
import { getSettings } from "@/lib/server/users/settings";
import { ChangePasswordForm, DeleteAccountForm, PhoneSignOut } from "./account-forms";
import { SettingsForm } from "./settings-form";
import { StudyPlanForm } from "./study-plan-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [settings, plan, topics] = await Promise.all([
    getSettings(db, { userId: user.id }),
    getStudyPlanSettings(db, { userId: user.id }),
    listTopics(db),
  ]);
  return (
    <main className="mx-auto max-w-reading px-4 py-8 sm:px-5">
      <h1 className="text-2xl font-bold">Settings</h1>
      <PhoneSignOut email={user.email} />
      <SettingsForm initial={settings} timeZones={Intl.supportedValuesOf("timeZone")} />
      <StudyPlanForm initial={plan} topics={topics} />
      <div className="mt-8 flex flex-col gap-6">
        <ChangePasswordForm />
        <DeleteAccountForm />
      </div>
    </main>
  );
}
