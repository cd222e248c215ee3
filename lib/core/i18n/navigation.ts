import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware Link, redirect and hooks: `href="/plan"` becomes `/en/plan` on English pages. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
