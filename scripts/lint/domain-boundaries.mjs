// ESLint rule keeping the domains of lib/ and components/ apart (issue 13 "one house by domain").
// - lib/core, components/core and components/ui are shared: they never import from a domain.
// - A domain (units, activities, meetings, rotation, venues, pairing, surveys, overview) imports core, ui, itself,
//   and another domain only through that domain's public files: an index.ts (barrel) or a
//   queries.ts, at any depth (e.g. "@/lib/activities/plan/queries").
// - A relative "../" import must stay inside the importing file's capability folder
//   (lib/<domain>/<capability>/); anything further away is written with "@/".
// app/, tests/, scripts/ and prisma/ are not checked. A local rule rather than
// no-restricted-imports patterns because relative paths must be resolved to know their domain.
import { existsSync, statSync } from "node:fs";
import path from "node:path";

export const DOMAINS = [
  "units",
  "activities",
  "meetings",
  "rotation",
  "venues",
  "pairing",
  "surveys",
  "overview",
];
const PUBLIC_FILES = new Set(["index", "queries"]);

/** "shared", a domain name, or null (not checked) for a repo-relative path. */
function zoneOf(relPath) {
  const match = /^(lib|components)\/([^/]+)\//.exec(`${relPath}/`);
  if (!match) return null;
  const [, top, name] = match;
  if (name === "core" || (top === "components" && name === "ui")) return { shared: true, name };
  return DOMAINS.includes(name) ? { shared: false, name } : null;
}

/** lib/<domain>/<capability> for files in a capability folder, lib/<domain> for the domain's root files. */
function capabilityFolder(relFile) {
  const parts = relFile.split("/");
  return parts.slice(0, Math.min(3, parts.length - 1)).join("/");
}

/** True when the module is a barrel or a queries file: index(.ts), queries(.ts) or a folder with an index. */
function isPublicEntry(root, relTarget) {
  const base = path.posix.basename(relTarget).replace(/\.(ts|tsx|js|mjs)$/, "");
  if (PUBLIC_FILES.has(base)) return true;
  const absolute = path.join(root, relTarget);
  return (
    existsSync(absolute) &&
    statSync(absolute).isDirectory() &&
    ["index.ts", "index.tsx"].some((name) => existsSync(path.join(absolute, name)))
  );
}

export const domainBoundaries = {
  meta: {
    type: "problem",
    docs: {
      description: "Keep lib/ and components/ domains apart (imports only through index.ts or queries.ts)",
    },
    schema: [],
    messages: {
      sharedImportsDomain:
        "{{from}} is shared code and must not import from the {{domain}} domain ({{target}}); move what both need into lib/core.",
      internalOfOtherDomain:
        "The {{from}} domain may use {{domain}} only through an index.ts or a queries.ts; export what you need there instead of importing {{target}}.",
      relativeLeavesFolder:
        'Relative import "{{source}}" leaves the capability folder {{folder}}; import it with "@/" instead.',
    },
  },
  create(context) {
    const root = context.cwd;
    const relFile = path.relative(root, context.filename).split(path.sep).join("/");
    const from = zoneOf(relFile);
    if (!from) return {};
    const folder = capabilityFolder(relFile);

    function check(node) {
      if (!node || node.type !== "Literal" || typeof node.value !== "string") return;
      const source = node.value;
      let target;
      if (source.startsWith("@/")) target = path.posix.normalize(source.slice(2));
      else if (source.startsWith(".")) {
        target = path.posix.normalize(path.posix.join(path.posix.dirname(relFile), source));
        if (source.startsWith("../") && !`${target}/`.startsWith(`${folder}/`)) {
          context.report({ node, messageId: "relativeLeavesFolder", data: { source, folder } });
          return;
        }
      } else return; // a package
      const to = zoneOf(target);
      if (!to || to.shared || to.name === from.name) return;
      if (from.shared) {
        context.report({
          node,
          messageId: "sharedImportsDomain",
          data: { from: relFile.split("/").slice(0, 2).join("/"), domain: to.name, target: source },
        });
      } else if (!isPublicEntry(root, target)) {
        context.report({
          node,
          messageId: "internalOfOtherDomain",
          data: { from: from.name, domain: to.name, target: source },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

const plugin = { rules: { "domain-boundaries": domainBoundaries } };
export default plugin;
