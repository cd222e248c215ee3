import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages, namespaces, type Messages } from "@/lib/core/i18n/messages";
import {
  covers,
  ImportGraph,
  isClientModule,
  isServerActions,
  providedPaths,
  translatedPaths,
  translatorHook,
} from "./client-messages-graph";

// A page carries only the messages its client components translate (<ClientMessages> in a
// layout). A form added to a page whose layout does not provide its namespace would show raw
// keys (and log MISSING_MESSAGE) only in the browser, so this checks every route statically:
// for each page (and error/not-found/forbidden, and each layout's own markup) it walks the
// import graph, takes the catalog paths that client modules translate — and, where a form shows
// what server actions return (useDescribe), the keys those actions' modules can return — and
// requires the nearest <ClientMessages> (the page itself, else the closest layout above it) to
// cover them.
//
// Limits, by design of a source reader rather than a bundler:
// - imports with literal specifiers only ("@/…" and relative; packages are not followed);
// - a translator called with a computed key, or passed on, needs its whole namespace;
// - a server action's keys are every full key written in the project modules it imports,
//   a superset of what it returns (a page may receive a few keys it never shows);
// - a <ClientMessages> is assumed to wrap everything the file renders, and its `namespaces`
//   must be an array literal of strings.

const root = join(__dirname, "..", "..", "..");
const app = join(root, "app");
const graph = new ImportGraph(root);

const routeFiles = readdirSync(app, { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)(page|layout|error|not-found|forbidden)\.tsx$/.test(file))
  .map((file) => join(app, file));

const prefixes = [...namespaces]
  .sort((a, b) => b.length - a.length)
  .join("|")
  .replaceAll(".", "\\.");
// "units.admission.review.approved" in full, or the fixed part of `units.admission.${x}`.
const fullKey = new RegExp(`["'\`]((?:${prefixes})(?:\\.[A-Za-z0-9_]+)*)(?:["']|\\.\\$\\{|\`)`, "g");

// Written in action modules' imports but rendered on the server only (the inbox and its mail).
const serverRendered = ["core.notifications"];

const memo = <T>(compute: (file: string) => T) => {
  const cache = new Map<string, T>();
  return (file: string) => (cache.has(file) ? cache.get(file)! : cache.set(file, compute(file)).get(file)!);
};

/** Every key a server action module (and what it imports from the project) can return. */
const actionKeys = memo((action: string) =>
  graph
    .walk(action)
    .flatMap((file) => [...file.text.matchAll(fullKey)].map((match) => match[1]!))
    .filter((key) => !covers(serverRendered, key)),
);

/** The catalog paths a route file's client components need in the browser. */
const required = memo((file: string) => {
  const files = graph.walk(file);
  const paths = new Set(files.filter((f) => f.client).flatMap((f) => translatedPaths(f.text)));
  if (paths.delete("*")) {
    const actions = files.filter((f) => isServerActions(f.text)).map((f) => f.path);
    actions.flatMap(actionKeys).forEach((key) => paths.add(key));
  }
  return [...paths].sort();
});

/** The nearest <ClientMessages>: in the file itself (a page), else in the layouts above it. */
function provider(file: string): { where: string; paths: string[] } {
  const chain: string[] = [];
  if (!file.endsWith("layout.tsx")) chain.push(file);
  for (let dir = dirname(file); dir.startsWith(app); dir = dirname(dir)) {
    const layout = join(dir, "layout.tsx");
    if (layout !== file && routeFiles.includes(layout)) chain.push(layout);
  }
  for (const candidate of chain) {
    const paths = providedPaths(graph.read(candidate));
    if (paths) return { where: graph.rel(candidate), paths };
  }
  return { where: "(none)", paths: [] };
}

// Reading and walking some 1,500 source files takes a few seconds on a busy machine.
describe("client messages", { timeout: 60_000 }, () => {
  let catalogs: Messages[] = [];
  beforeAll(async () => {
    catalogs = await Promise.all([loadMessages("zh-CN"), loadMessages("en")]);
  });

  it("every route provides what its client components translate", () => {
    expect(routeFiles.length).toBeGreaterThan(60);
    const missing = routeFiles.flatMap((file) => {
      const { where, paths } = provider(file);
      return required(file)
        .filter((path) => !covers(paths, path))
        .map((path) => `${graph.rel(file)} needs ${path} (provided by ${where})`);
    });
    expect(missing).toEqual([]);
  });

  it("every client component that translates is rendered by some route the check walks", () => {
    const reached = new Set(routeFiles.flatMap((file) => graph.walk(file).map((f) => f.path)));
    const translating = ["app", "components"]
      .flatMap((dir) =>
        readdirSync(join(root, dir), { recursive: true, encoding: "utf8" }).map((f) => join(root, dir, f)),
      )
      .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
      .filter((path) => {
        const text = graph.read(path);
        return isClientModule(text) && /\buseTranslations\(/.test(text);
      });
    expect(translating.length).toBeGreaterThan(50);
    // A namespace the reader cannot see (a variable) would go unchecked.
    const unread = translating.filter((path) => {
      const text = graph.read(path);
      return text.split("useTranslations(").length - 1 !== [...text.matchAll(translatorHook)].length;
    });
    expect(unread.map((path) => graph.rel(path))).toEqual([]);
    expect(translating.filter((path) => !reached.has(path)).map((path) => graph.rel(path))).toEqual([]);
  });

  it("every provided path is needed by some route below it (no dead weight in the HTML)", () => {
    const needs = new Map<string, string[]>();
    for (const file of routeFiles) {
      const { where } = provider(file);
      needs.set(where, [...(needs.get(where) ?? []), ...required(file)]);
    }
    const unused = routeFiles.flatMap((file) =>
      (providedPaths(graph.read(file)) ?? [])
        .filter(
          (path) =>
            !(needs.get(graph.rel(file)) ?? []).some((need) => covers([path], need) || covers([need], path)),
        )
        .map((path) => `${graph.rel(file)}: ${path}`),
    );
    expect(unused).toEqual([]);
  });

  it("every provided path exists in both catalogs", () => {
    const lookup = (messages: Messages, path: string) =>
      path
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    const unknown = routeFiles.flatMap((file) =>
      (providedPaths(graph.read(file)) ?? [])
        .filter((path) => catalogs.some((messages) => lookup(messages, path) === undefined))
        .map((path) => `${graph.rel(file)}: ${path}`),
    );
    expect(unknown).toEqual([]);
  });
});
