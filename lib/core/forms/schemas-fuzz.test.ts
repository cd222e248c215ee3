// Property test of every server action's input schema (lib/**/schemas.ts): random, boundary and
// unicode-edge input never makes safeParse throw, and whatever it accepts is safe to store:
// finite numbers, real dates, and no NUL character (PostgreSQL refuses it in text: a 500).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { hostileString, hostileValue } from "@/tests/fuzz/hostile-values";

const modules = import.meta.glob<Record<string, unknown>>("/lib/**/schemas.ts", { eager: true });

type Def = {
  type: string;
  shape?: Record<string, unknown>;
  in?: Schema;
  innerType?: Schema;
  options?: Schema[];
  left?: Schema;
  right?: Schema;
};
type Schema = z.ZodType & { _zod: { def: Def } };

const isSchema = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && "safeParse" in value && "_zod" in value;

/** The field names an object schema (behind pipes, refinements, unions) knows. */
function fieldNames(schema: Schema | undefined): string[] {
  const def = schema?._zod.def;
  if (!def) return [];
  if (def.type === "object") return Object.keys(def.shape ?? {});
  if (def.type === "pipe") return fieldNames(def.in);
  if (def.type === "union") return (def.options ?? []).flatMap(fieldNames);
  if (def.type === "intersection") return [...fieldNames(def.left), ...fieldNames(def.right)];
  return fieldNames(def.innerType);
}

/** Passwords are only hashed or compared, never stored or looked up as sent. */
const hashedOnly = /password/i;

/** Everything in a parsed value that would break a write: NaN/Infinity, invalid dates, NUL. */
function unsafeParts(value: unknown, path = "$"): string[] {
  if (hashedOnly.test(path)) return [];
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (typeof value === "string") return value.includes("\u0000") ? [`${path}: contains NUL`] : [];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? [`${path}: invalid date`] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => unsafeParts(item, `${path}[${index}]`));
  if (value && typeof value === "object" && !(value instanceof Blob)) {
    return Object.entries(value).flatMap(([key, item]) => unsafeParts(item, `${path}.${key}`));
  }
  return [];
}

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Schema] => isSchema(entry[1]))
    .map(([name, schema]) => ({ label: `${file.replace(/^\/lib\//, "")} ${name}`, schema })),
);

/** Form-like input: the schema's own fields (some left out) with hostile values, plus strays. */
function inputFor(schema: Schema) {
  const names = [...new Set(fieldNames(schema))];
  const known = fc.record(Object.fromEntries(names.map((name) => [name, hostileValue])), {
    requiredKeys: [],
  });
  const stray = fc.dictionary(hostileString, hostileValue, { maxKeys: 3 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(known, stray).map(([fields, extra]) => ({ ...extra, ...fields })) },
    { weight: 1, arbitrary: hostileValue },
  );
}

describe("every action input schema under hostile input", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(60);
  });

  it.each(schemas)("$label: never throws; accepts only storable values", ({ schema }) => {
    fc.assert(
      fc.property(inputFor(schema), (input) => {
        const result = schema.safeParse(input);
        if (result.success) expect(unsafeParts(result.data)).toEqual([]);
        else expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
