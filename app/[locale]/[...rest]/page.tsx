import { notFound } from "next/navigation";

// An address no page matches ends here, inside the localized layout, so the 404 page has the
// header, the footer and the visitor's language (app/[locale]/not-found.tsx).
export default function UnknownPage(): never {
  notFound();
}
