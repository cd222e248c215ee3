/**
 * The NOTIFY payloads that carry revalidated tags between app instances. PostgreSQL limits a
 * payload to 8000 bytes, so a long list goes out as several messages; each names the instance
 * that sent it, which ignores its own (it already applied them).
 */
export type TagMessage = { from: string; tags: string[] };

const maxPayloadBytes = 7_000;

export function encodeTagMessages(from: string, tags: readonly string[]): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  const encode = (list: string[]) => JSON.stringify({ from, tags: list } satisfies TagMessage);
  for (const tag of new Set(tags)) {
    if (batch.length > 0 && Buffer.byteLength(encode([...batch, tag])) > maxPayloadBytes) {
      payloads.push(encode(batch));
      batch = [];
    }
    batch.push(tag);
  }
  if (batch.length > 0) payloads.push(encode(batch));
  return payloads;
}

/** The message, or null for a payload this code did not write. */
export function decodeTagMessage(payload: string | undefined): TagMessage | null {
  try {
    const parsed: unknown = JSON.parse(payload ?? "");
    if (typeof parsed !== "object" || parsed === null) return null;
    const { from, tags } = parsed as Record<string, unknown>;
    if (typeof from !== "string" || !Array.isArray(tags)) return null;
    if (!tags.every((tag): tag is string => typeof tag === "string")) return null;
    return { from, tags };
  } catch {
    return null;
  }
}
