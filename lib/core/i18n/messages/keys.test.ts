import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages, namespaces, type Messages } from ".";

// Nothing type-checks catalog keys (next-intl's translators take strings here), so a renamed
// namespace or a mistyped key would only show as a raw key on a page. This scans the source
// for the places a key is written out (in full, or relative to a translator bound in the same
// file) and checks each against both catalogs.

const root = join(__dirname, "..", "..", "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes("generated"))
    .map((file) => join(root, dir, file));
}

function lookup(messages: Messages, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, part) => (typeof node === "object" && node !== null ? (node as never)[part] : undefined),
      messages,
    );
}

function leaves(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

type Use = { where: string; text: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest first, so "units.admission" is tried before a shorter namespace it starts with.
const prefixes = [...namespaces]
  .map((ns) => ns.replaceAll("/", "."))
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");
const quote = "[\"'`]";
const nameSpaceArg = new RegExp(
  `(?:Translations(?:<|\\(\\s*)|namespace:\\s*|messages:\\s*)${quote}([^"'\`]*)${quote}`,
  "g",
);
const fullKey = new RegExp(`${quote}((?:${prefixes})(?:\\.[A-Za-z0-9_]+)+)${quote}`, "g");
const keyPrefix = new RegExp(`\`((?:${prefixes})(?:\\.[A-Za-z0-9_]+)*)\\.\\$\\{`, "g");
// A key right after a translator call is relative to that translator's namespace.
const relativeCall = /\bt(?:[A-Z][A-Za-z]*|[a-z]{0,2})\(\s*$/;
// Audit actions and permissions ("minutes.publish", "participation.join") share the shape;
// comments may quote either.
const notMessage = /\b(?:action|requestAction)\s*[:=]|\bcase\s|^\s*(?:\/\/|\/?\*)/;

// A refusal's key: the first argument of `new DomainError(…)` (on its line or the next) and the
// lock helpers' `notFound` option and its defaults. Read from the whole file, whatever
// the line also holds, and checked whatever namespace it names: a mistyped namespace is the
// mistake to catch, and a refusal only shows its text when a user hits it.
const domainErrorKey = /new DomainError\(\s*["'`]([^"'`$]+)["'`]/g;
const notFoundOption = /\bnotFound\??\s*[:=]\s*["'`]([^"'`$]+)["'`]/g;

// `const t = await getTranslations("ns")`, `const [t, te] = await Promise.all([getTranslations("a"), …])`.
const singleBinding = /const (\w+) = (?:await )?(?:get|use)Translations\("([^"]+)"\)/g;
const listBinding = /const \[([^\]]+)\] = await Promise\.all\(\[([\s\S]*?)\]\)/g;
const listEntry = /[\w.]+\([^()]*(?:\([^()]*\))?[^()]*\)/g;

/** Keys given to a translator bound to a namespace in the same file, as full paths (any of its namespaces). */
function relativeKeys(file: string, text: string): Array<Use & { options: string[] }> {
  const bound = new Map<string, Set<string>>();
  const bind = (name: string, ns: string) => bound.set(name, (bound.get(name) ?? new Set()).add(ns));
  for (const match of text.matchAll(singleBinding)) bind(match[1]!, match[2]!);
  for (const match of text.matchAll(listBinding)) {
    const entries = [...match[2]!.matchAll(listEntry)].map((entry) => entry[0]);
    match[1]!.split(",").forEach((name, index) => {
      const ns = entries[index]?.match(/^getTranslations\("([^"]+)"\)$/)?.[1];
      if (ns) bind(name.trim(), ns);
    });
  }
  return [...bound].flatMap(([name, namespaces]) =>
    [...text.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.has)?\\("([^"]+)"`, "g"))].map(
      (match) => ({
        where: relative(root, file),
        text: match[1]!,
        options: [...namespaces].map((ns) => `${ns}.${match[1]}`),
      }),
    ),
  );
}

function scan(): {
  namespaceArgs: Use[];
  keys: Use[];
  keyPrefixes: Use[];
  relative: Array<Use & { options: string[] }>;
  refusals: Use[];
} {
  const found = {
    namespaceArgs: [] as Use[],
    keys: [] as Use[],
    keyPrefixes: [] as Use[],
    relative: [] as Array<Use & { options: string[] }>,
    refusals: [] as Use[],
  };
  for (const file of ["app", "components", "lib"].flatMap(sourceFiles)) {
    const text = readFileSync(file, "utf8");
    found.relative.push(...relativeKeys(file, text));
    for (const match of [...text.matchAll(domainErrorKey), ...text.matchAll(notFoundOption)]) {
      const line = text.slice(0, match.index).split("\n").length;
      found.refusals.push({ where: `${relative(root, file)}:${line}`, text: match[1]! });
    }
    text.split("\n").forEach((line, index) => {
      const where = `${relative(root, file)}:${index + 1}`;
      for (const match of line.matchAll(nameSpaceArg)) found.namespaceArgs.push({ where, text: match[1]! });
      if (notMessage.test(line)) return;
      for (const match of line.matchAll(fullKey)) {
        if (relativeCall.test(line.slice(0, match.index))) continue;
        found.keys.push({ where, text: match[1]! });
      }
      for (const match of line.matchAll(keyPrefix)) found.keyPrefixes.push({ where, text: match[1]! });
    });
  }
  return found;
}

describe("catalog keys written in the source", () => {
  let catalogs: Messages[] = [];
  const uses = scan();
  const unresolved = (list: Use[], ok: (value: unknown) => boolean) =>
    list
      .filter((use) => catalogs.some((messages) => !ok(lookup(messages, use.text))))
      .map((u) => `${u.where} ${u.text}`);
  const isGroup = (value: unknown) => typeof value === "object" && value !== null;

  beforeAll(async () => {
    catalogs = await Promise.all([loadMessages("zh-CN"), loadMessages("en")]);
  });

  it("both languages have the same keys", () => {
    const [zh, en] = catalogs;
    expect(leaves(en).sort()).toEqual(leaves(zh).sort());
  });

  it("every namespace a translator is made for exists in both catalogs", () => {
    expect(uses.namespaceArgs.length).toBeGreaterThan(300);
    expect(unresolved(uses.namespaceArgs, isGroup)).toEqual([]);
  });

  it("every full key (an action's message, an error) exists in both catalogs", () => {
    expect(uses.keys.length).toBeGreaterThan(300);
    expect(unresolved(uses.keys, (value) => typeof value === "string" || isGroup(value))).toEqual([]);
  });

  it("every key given to a translator bound in the same file exists under its namespace", () => {
    expect(uses.relative.length).toBeGreaterThan(1000);
    const missing = uses.relative.filter((use) =>
      use.options.every((path) => catalogs.some((messages) => lookup(messages, path) === undefined)),
    );
    expect(missing.map((use) => `${use.where} ${use.text}`)).toEqual([]);
  });

  it("every refusal key (new DomainError, a lock's notFound) is a message in both catalogs", () => {
    expect(uses.refusals.length).toBeGreaterThan(250);
    expect(unresolved(uses.refusals, (value) => typeof value === "string")).toEqual([]);
  });

  it("every key built from a prefix (`core.enums.${…}`) starts with a group of both catalogs", () => {
    expect(uses.keyPrefixes.length).toBeGreaterThan(5);
    expect(unresolved(uses.keyPrefixes, isGroup)).toEqual([]);
  });
});
