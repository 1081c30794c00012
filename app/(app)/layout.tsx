import { cookies } from "next/headers";
import { THEME_COOKIE, parseTheme } from "@/components/theme";
import { requireUser } from "@/lib/auth/session";
import { TopBar } from "./top-bar";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/progress");
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <>
      <TopBar email={user.email} theme={theme} />
      {children}
    </>
  );
}
