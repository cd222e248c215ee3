"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "@/lib/core/i18n/navigation";

/**
 * A menu that opens and closes without JavaScript (<details>/<summary>); once hydrated it also
 * closes on Escape (focus back on its button), on a tap outside it, on choosing a link and on
 * any change of page, so a menu in a layout never stays open over the next page.
 */
export function DisclosureMenu({
  summary,
  className,
  summaryClassName,
  panelClassName,
  children,
}: {
  summary: ReactNode;
  className?: string;
  summaryClassName: string;
  panelClassName: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    ref.current?.removeAttribute("open");
  }, [pathname]);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    details.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      details.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, []);

  return (
    <details ref={ref} className={`group ${className ?? ""}`}>
      <summary className={`flex min-h-11 cursor-pointer list-none items-center gap-1.5 ${summaryClassName}`}>
        {summary}
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4 shrink-0 transition-transform group-open:rotate-180"
          fill="currentColor"
        >
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </summary>
      <div
        className={panelClassName}
        onClick={(event) => {
          if ((event.target as Element).closest("a") && ref.current) ref.current.open = false;
        }}
      >
        {children}
      </div>
    </details>
  );
}
