// Calling a server action the way the browser does: a POST to the page with the Next-Action
// header and the arguments encoded as React's encodeReply encodes (previous state, FormData).
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The action's id in the build. The manifest names each action's module and export; the same
 * export name can exist in several modules, so the module path must match too.
 */
export function findActionId(manifest: unknown, modulePath: string, exportName: string): string {
  const node =
    (manifest as { node?: Record<string, { filename?: string; exportedName?: string }> }).node ?? {};
  const hits = Object.entries(node).filter(
    ([, entry]) => entry.exportedName === exportName && (entry.filename ?? "").includes(modulePath),
  );
  if (hits.length !== 1)
    throw new Error(
      `server action ${modulePath}#${exportName}: ${hits.length} matches in the build's manifest`,
    );
  return hits[0]![0];
}

export async function readActionManifest(root: string): Promise<unknown> {
  return JSON.parse(await readFile(join(root, ".next/server/server-reference-manifest.json"), "utf8"));
}

/**
 * The body of `action(previousState, formData)` as multipart/form-data: the FormData's fields
 * under the prefix "1_", and field "0" the argument list, where "$K1" refers to that FormData.
 * The previous state is left undefined: the bench's actions do not read it.
 */
export function actionBody(fields: Record<string, string>, boundary: string): string {
  const part = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const parts = Object.entries(fields).map(([name, value]) => part(`_1_${name}`, value));
  return [...parts, part("0", JSON.stringify(["$undefined", "$K1"])), `--${boundary}--\r\n`].join("");
}

export const ACTION_BOUNDARY = "----rzbench7MA4YWxkTrZu0gW";

export function actionHeaders(actionId: string, origin: string, cookie: string): Record<string, string> {
  return {
    "next-action": actionId,
    "content-type": `multipart/form-data; boundary=${ACTION_BOUNDARY}`,
    accept: "text/x-component",
    origin,
    cookie,
  };
}

/**
 * The action's return value in the flight answer: row 0 names it ("a": "$@<row>"), and that row
 * holds it as JSON. Undefined when the answer has none (a redirect answers with the new page).
 */
export function actionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const ref = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : undefined;
    return ref === undefined ? undefined : JSON.parse(rows.get(ref) ?? "null");
  } catch {
    return undefined;
  }
}

/** The action answered with a form state that is not ok (a validation error or a rule refused). */
export const refusedAnswer = (body: string) =>
  (actionResult(body) as { ok?: unknown } | undefined)?.ok === false;
