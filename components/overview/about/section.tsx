import { Link } from "@/lib/core/i18n/navigation";
import type { ReactNode } from "react";

/** One titled part of the about page: an h2 that names its landmark region. */
export function AboutSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A "go there" link under a section, tall enough to tap on a phone. */
export function MoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2"
    >
      {children}
      <span aria-hidden="true">&nbsp;→</span>
    </Link>
  );
}
