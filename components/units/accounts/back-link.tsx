import Link from "next/link";

/** The "back to …" link at the top of the account pages. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="inline-block text-sm text-brand-700 underline">
      <span aria-hidden="true">← </span>
      {label}
    </Link>
  );
}
