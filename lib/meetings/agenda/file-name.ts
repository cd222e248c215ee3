// File names come from the uploader's machine: they may carry a path, control or bidi
// characters, or be thousands of characters long. What we store is shown on pages and sent
// back in Content-Disposition, so it is cleaned once, on the way in.

export const maxFileNameLength = 200;

// C0/C1 controls, and bidi overrides that could disguise "gpj.exe" as "exe.jpg".
const unsafeCharacters = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Characters Windows refuses in file names: a downloaded file must save everywhere.
const reservedCharacters = /[<>:"|?*]/g;

/** A safe display and download name: no path, no control characters, CJK kept, ≤ 200 chars. */
export function sanitizeFileName(raw: string, fallback = "attachment"): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/[\t\n\r]/g, " ")
    .replace(unsafeCharacters, "")
    .replace(reservedCharacters, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (!cleaned) return fallback;
  const characters = Array.from(cleaned); // code points, so a CJK or emoji is never cut in half
  if (characters.length <= maxFileNameLength) return cleaned;
  // Keep the extension: "….pdf" still opens with the right program.
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  const keep = maxFileNameLength - Array.from(extension).length;
  return characters.slice(0, keep).join("").trimEnd() + extension;
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A size for people: "812 B", "35.2 KB", "1.8 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
