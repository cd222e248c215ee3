import { Link } from "@/lib/core/i18n/navigation";

/** "← Back to …" at the top of a page below a list or an overview. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="inline-block text-sm text-brand-700 underline underline-offset-2">
      <span aria-hidden="true">← </span>
      {label}
    </Link>
  );
}
