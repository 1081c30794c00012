import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-5 py-20 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-muted">The page you asked for does not exist, or it is not yours to see.</p>
      <ButtonLink href="/" className="mt-6">
        Go home
      </ButtonLink>
    </main>
  );
}
