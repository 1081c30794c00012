import { cookies, headers } from "next/headers";
import { THEME_COOKIE, parseTheme } from "@/components/theme";
import { RETURN_PATH_HEADER, safeReturnPath } from "@/lib/auth/return-path";
import { requireUser } from "@/lib/auth/session";
import { TopBar } from "./top-bar";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The layout renders before (or with) the page, so it sends visitors back to the page they asked for, not to /progress.
  const user = await requireUser(safeReturnPath((await headers()).get(RETURN_PATH_HEADER)));
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <>
      <TopBar email={user.email} theme={theme} />
      {children}
    </>
  );
}
