import Link from "next/link";
import { Wordmark } from "@/components/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-form flex-col justify-center px-5 py-12">
      <Link href="/" className="mb-8 self-start rounded-md">
        <Wordmark />
      </Link>
      {children}
    </main>
  );
}
