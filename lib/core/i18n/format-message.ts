// use-intl's message formatter on the server (next.config.ts aliases "use-intl/format-message"
// here for every bundle but the browser's, which gets `format-only`). Server components format
// the catalogs' ICU strings with the full parser, as before; client components rendered on the
// server format the compiled messages <ClientMessages> gives them (compile-messages.ts), which
// are arrays, or plain strings when the message has no argument or markup — and such a string
// reads the same through the full parser (compile-messages.test.ts).
import type FullFormat from "use-intl/format-message";
import formatOnly from "use-intl/format-message/format-only";
// The real module by its file, since its package name is aliased to this one.
// @ts-expect-error -- a dist file without its own declarations; typed as the package's export
import fullFormat from "@/node_modules/use-intl/dist/esm/production/format-message/index.js";

const full = fullFormat as typeof FullFormat;

function formatMessage(...args: Parameters<typeof formatOnly>): ReturnType<typeof formatOnly> {
  return typeof args[1] === "string" ? full(...(args as Parameters<typeof full>)) : formatOnly(...args);
}
// Raw catalogs on the server: `t.raw` keeps working there.
formatMessage.raw = true;

export default formatMessage;
