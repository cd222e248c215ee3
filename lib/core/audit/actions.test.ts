import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/core/auditActions.json";
import zh from "@/lib/core/i18n/messages/zh-CN/core/auditActions.json";
import { actionNameKey, auditActionGroups, auditActions, isAuditAction } from "./actions";

// The registry is what recordAudit accepts (its `action` is typed AuditAction), so every code
// written anywhere in lib/ is in it or the project does not compile. These tests make sure each
// registered code has a name in both languages, and (a second, cheap guard against a cast such
// as `as AuditAction`) that every literal code in a recordAudit call is registered.

function lookup(catalog: object, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], catalog);
}

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

/** String literals given as `action` to recordAudit in the project's source (syntax only). */
function recordedLiterals(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
    (file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts") && !file.startsWith("generated"),
  );
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(dir, file), "utf8");
    if (!text.includes("recordAudit(")) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.expression.getText(source) === "recordAudit") {
        const entry = node.arguments[1];
        const action =
          entry && ts.isObjectLiteralExpression(entry)
            ? entry.properties.find((p) => p.name?.getText(source) === "action")
            : undefined;
        // The value's possible codes: a literal, or either branch of `cond ? "a.b" : "c.d"`.
        const collect = (inner: ts.Expression): void => {
          if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) found.push(inner.text);
          else if (ts.isParenthesizedExpression(inner)) collect(inner.expression);
          else if (ts.isConditionalExpression(inner)) [inner.whenTrue, inner.whenFalse].forEach(collect);
        };
        if (action && ts.isPropertyAssignment(action)) collect(action.initializer);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("audit action registry", () => {
  it("lists each code once", () => {
    expect(new Set(auditActions).size).toBe(auditActions.length);
    expect(auditActions).toContain("participation.join");
    expect(auditActions).toContain("survey.answer.change");
    expect(isAuditAction("participation.join")).toBe(true);
    expect(isAuditAction("participation.teleport")).toBe(false);
  });

  it.each([
    ["zh-CN", zh],
    ["en", en],
  ] as const)("names every action and every group in %s", (_locale, catalog) => {
    const unnamed = auditActions.filter((code) => typeof lookup(catalog, actionNameKey(code)) !== "string");
    expect(unnamed).toEqual([]);
    const groups = Object.keys(auditActionGroups).filter(
      (group) => typeof lookup(catalog, `groups.${group}`) !== "string",
    );
    expect(groups).toEqual([]);
  });

  it("has no names for codes that are not registered, and the same keys in both languages", () => {
    const named = keysOf(zh.actions).map((key) => `actions.${key}`);
    expect(named.sort()).toEqual(auditActions.map(actionNameKey).sort());
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it("keys a three-part code apart from its two-part neighbour", () => {
    expect(actionNameKey("survey.answer")).toBe("actions.survey.answer");
    expect(actionNameKey("survey.answer.change")).toBe("actions.survey.answer_change");
  });

  it("registers every literal code a recordAudit call in lib/ writes", () => {
    const literals = recordedLiterals(join(__dirname, "..", ".."));
    expect(literals.length).toBeGreaterThan(100);
    expect([...new Set(literals)].filter((code) => !isAuditAction(code))).toEqual([]);
  });
});
