// The static import graph the client-messages guard walks: which client components a route
// renders, which catalog paths they translate, and which paths the enclosing layouts provide.
// A regex reader, not a compiler: it sees `import … from "x"`, `export … from "x"` and
// `import("x")` with literal specifiers ("@/…" and relative), resolves .ts/.tsx/index files and
// ignores packages. What it cannot see is documented in client-messages.test.ts.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { formMessages } from "@/lib/core/i18n/form-messages";

export type SourceFile = { path: string; text: string; client: boolean };

// A directive is the first statement; comments may come before it.
const directive = (name: string) => new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*["']${name}["']`);
export const isClientModule = (text: string) => directive("use client").test(text);
export const isServerActions = (text: string) => directive("use server").test(text);

const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

export class ImportGraph {
  private readonly cache = new Map<string, string>();
  private readonly edges = new Map<string, string[]>();
  private readonly walks = new Map<string, SourceFile[]>();

  constructor(readonly root: string) {}

  read(path: string): string {
    let text = this.cache.get(path);
    if (text === undefined) this.cache.set(path, (text = readFileSync(path, "utf8")));
    return text;
  }

  /** The project files a file imports (type-only imports included: they are harmless extra edges). */
  imports(path: string): string[] {
    let found = this.edges.get(path);
    if (!found) {
      found = [];
      for (const match of this.read(path).matchAll(specifier)) {
        const target = this.resolve(path, match[1]!);
        if (target) found.push(target);
      }
      this.edges.set(path, found);
    }
    return found;
  }

  private resolve(from: string, spec: string): string | undefined {
    const base = spec.startsWith("@/")
      ? join(this.root, spec.slice(2))
      : spec.startsWith(".")
        ? resolve(dirname(from), spec)
        : undefined;
    if (!base) return undefined;
    const candidates = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext);
    return candidates.find((file) => existsSync(file) && statSync(file).isFile() && /\.tsx?$/.test(file));
  }

  /**
   * Every file reachable from the entry, each marked client when it is a "use client" module or
   * imported (directly or not) by one: those run in the browser and read the messages provider.
   */
  walk(entry: string): SourceFile[] {
    let files = this.walks.get(entry);
    if (!files) this.walks.set(entry, (files = this.search(entry)));
    return files;
  }

  private search(entry: string): SourceFile[] {
    const seen = new Map<string, boolean>();
    const queue = [{ path: entry, client: false }];
    while (queue.length) {
      const { path, client: parentClient } = queue.shift()!;
      const text = this.read(path);
      const client = parentClient || isClientModule(text);
      if (seen.get(path) === true || (seen.has(path) && !client)) continue;
      seen.set(path, client);
      // A "use server" module is a reference from the client: its imports stay on the server.
      const onClient = client && !isServerActions(text);
      for (const next of this.imports(path))
        if (!(seen.get(next) === true || (seen.has(next) && !onClient)))
          queue.push({ path: next, client: onClient });
    }
    return [...seen].map(([path, client]) => ({ path, text: this.read(path), client }));
  }

  rel(path: string): string {
    return relative(this.root, path);
  }
}

// Any call of the hook, with the name it is bound to when it is bound to one.
export const translatorHook = /(?:const (\w+) = )?useTranslations\(\s*(?:["'`]([^"'`]*)["'`])?\s*\)/g;

/**
 * The catalog paths a client file translates: "ns.key" for each literal key given to a translator
 * bound to the namespace "ns" by useTranslations, or the whole "ns" when a call builds its key at
 * run time, the translator is passed on, or the hook is used without a binding.
 * `useTranslations()` without a namespace (useDescribe) translates whatever keys server actions
 * return; it is reported as "*" and checked against the actions' keys separately.
 */
export function translatedPaths(text: string): string[] {
  const paths = new Set<string>();
  for (const [, name, ns] of text.matchAll(translatorHook)) {
    if (ns === undefined) {
      paths.add("*");
      continue;
    }
    if (name === undefined) {
      paths.add(ns);
      continue;
    }
    const call = `\\b${name}(?:\\.rich|\\.markup|\\.has)?\\(`;
    const calls = [...text.matchAll(new RegExp(call, "g"))].length;
    const keys = [...text.matchAll(new RegExp(`${call}\\s*"([^"]+)"`, "g"))].map(
      (match) => `${ns}.${match[1]}`,
    );
    const passedOn = new RegExp(`[({,]\\s*${name}\\s*[,)}]`).test(text);
    if (keys.length < calls || passedOn || keys.length === 0) paths.add(ns);
    else keys.forEach((key) => paths.add(key));
  }
  return [...paths];
}

/** The paths a `<ClientMessages namespaces={[…]}>` in the file provides, or undefined without one. */
export function providedPaths(text: string): string[] | undefined {
  const tag = /<ClientMessages\b([^>]*)>/.exec(text)?.[1];
  const list = tag && /\bnamespaces=\{\[([^\]]*)\]\}/.exec(tag);
  if (!list) return undefined;
  const named = [...list[1]!.matchAll(/["']([^"']+)["']/g)].map((entry) => entry[1]!);
  // `forms` (a bare attribute) adds what every form's action may answer.
  return /\sforms(?=[\s/>]|$)/.test(tag) ? [...formMessages, ...named] : named;
}

/** A provided path covers a required one when it is the same or an ancestor ("units" ⊇ "units.admin.form"). */
export function covers(provided: readonly string[], path: string): boolean {
  return provided.some((p) => path === p || path.startsWith(`${p}.`));
}
