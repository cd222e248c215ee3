import { diffChars, diffLines, diffWords, type ChangeObject } from "diff";

/** A piece of a changed line: kept, or only in the old / only in the new text. */
export type InlinePart = { text: string; change: "same" | "added" | "removed" };

export type DiffRow =
  | { kind: "same"; text: string; oldLine: number; newLine: number }
  | { kind: "removed"; text: string; oldLine: number; parts?: InlinePart[] }
  | { kind: "added"; text: string; newLine: number; parts?: InlinePart[] }
  /** A run of unchanged lines folded away to keep long minutes readable. */
  | { kind: "skipped"; count: number };

export type MinutesDiff = { rows: DiffRow[]; added: number; removed: number };

// Chinese has no spaces between words: a word segmenter keeps "会议纪要" together instead of
// marking single characters; where the runtime has none, characters are the fallback.
const segmenter =
  typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter("zh-CN", { granularity: "word" })
    : null;

function splitLines(value: string): string[] {
  const lines = value.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Word-level (or character-level) changes between an old and a new line. */
export function diffInline(before: string, after: string): { removed: InlinePart[]; added: InlinePart[] } {
  const changes: ChangeObject<string>[] = segmenter
    ? diffWords(before, after, { intlSegmenter: segmenter })
    : diffChars(before, after);
  const removed: InlinePart[] = [];
  const added: InlinePart[] = [];
  for (const change of changes) {
    if (change.added) added.push({ text: change.value, change: "added" });
    else if (change.removed) removed.push({ text: change.value, change: "removed" });
    else {
      removed.push({ text: change.value, change: "same" });
      added.push({ text: change.value, change: "same" });
    }
  }
  return { removed, added };
}

/**
 * A line diff of two texts (the removed lines of a change first, then the added ones, as in a
 * unified diff); lines replaced one for one also carry their word-level changes.
 */
export function diffMinutes(before: string, after: string): MinutesDiff {
  // Line endings never count as a change: a text saved from a form and one typed in the
  // browser differ only there.
  const normalise = (text: string) => {
    const unix = text.replace(/\r\n?/g, "\n");
    return unix === "" || unix.endsWith("\n") ? unix : `${unix}\n`;
  };
  const changes = diffLines(normalise(before), normalise(after));
  const rows: DiffRow[] = [];
  let oldLine = 1;
  let newLine = 1;
  let added = 0;
  let removed = 0;
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!;
    const lines = splitLines(change.value);
    if (!change.added && !change.removed) {
      for (const text of lines) rows.push({ kind: "same", text, oldLine: oldLine++, newLine: newLine++ });
      continue;
    }
    if (change.added) {
      for (const text of lines) rows.push({ kind: "added", text, newLine: newLine++ });
      added += lines.length;
      continue;
    }
    // A removal followed by an addition is a replacement: pair the lines for word changes.
    const next = changes[index + 1];
    const replacement = next?.added ? splitLines(next.value) : [];
    const paired = Math.min(lines.length, replacement.length);
    const inline = Array.from({ length: paired }, (_, i) => diffInline(lines[i]!, replacement[i]!));
    lines.forEach((text, i) =>
      rows.push({ kind: "removed", text, oldLine: oldLine++, parts: inline[i]?.removed }),
    );
    replacement.forEach((text, i) =>
      rows.push({ kind: "added", text, newLine: newLine++, parts: inline[i]?.added }),
    );
    removed += lines.length;
    added += replacement.length;
    if (next?.added) index++;
  }
  return { rows, added, removed };
}

/** Folds unchanged runs longer than twice `context` lines, keeping `context` lines around changes. */
export function foldUnchanged(rows: DiffRow[], context = 3): DiffRow[] {
  const result: DiffRow[] = [];
  let run: DiffRow[] = [];
  const flush = (atStart: boolean, atEnd: boolean) => {
    const head = atStart ? 0 : context;
    const tail = atEnd ? 0 : context;
    if (run.length > head + tail + 1) {
      result.push(...run.slice(0, head), { kind: "skipped", count: run.length - head - tail });
      result.push(...run.slice(run.length - tail));
    } else result.push(...run);
    run = [];
  };
  rows.forEach((row, index) => {
    if (row.kind === "same") {
      run.push(row);
      return;
    }
    flush(result.length === 0 && run.length === index, false);
    result.push(row);
  });
  flush(result.length === 0, true);
  return result;
}
