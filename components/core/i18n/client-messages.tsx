import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { compileMessages } from "@/lib/core/i18n/compile-messages";
import { formMessages } from "@/lib/core/i18n/form-messages";
import { pickMessages } from "@/lib/core/i18n/messages";

/**
 * Gives the client components below it the catalog paths they translate in the browser, and no
 * more: a page's HTML carries the messages of the forms it renders, not the whole catalog.
 * Namespaces ("units.admission") or single keys ("core.errors.retry") as written in the catalogs.
 *
 * The provider replaces the one above it rather than adding to it (next-intl does not merge
 * messages), so the list is complete for everything inside; client-messages.test.ts checks that
 * for every route. Rendered on the server, next-intl's provider takes the locale, time zone, `now`
 * and formats from the request config (lib/core/i18n/request.ts), the same as server rendering.
 * Keep `namespaces` an array literal: the test reads it from the source. The messages go out
 * compiled (lib/core/i18n/compile-messages.ts), so the browser needs no ICU parser. `forms` adds
 * what every form's action may answer (lib/core/i18n/form-messages.ts).
 */
export async function ClientMessages({
  namespaces,
  forms = false,
  children,
}: {
  namespaces: readonly string[];
  forms?: boolean;
  children: React.ReactNode;
}) {
  const messages = await getMessages();
  const paths = forms ? [...formMessages, ...namespaces] : namespaces;
  return (
    <NextIntlClientProvider messages={compileMessages(pickMessages(messages, paths))}>
      {children}
    </NextIntlClientProvider>
  );
}
