import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages, type Messages } from "@/lib/core/i18n/messages";
import * as prismaEnums from "@/lib/generated/prisma/enums";
import { dayFields, enumCatalogs, enumFields, hiddenFields, referenceFields, type EnumName } from "./fields";
import { recordKinds } from "./kinds";

// The field tables are written by hand; these tests hold them to prisma/schema, so a new enum
// or date column of an audited model, or a new enum value, cannot reach the log untranslated.

type SchemaField = { name: string; type: string; attributes: string };

function readSchema() {
  const dir = join(__dirname, "..", "..", "..", "prisma", "schema");
  const text = readdirSync(dir)
    .filter((file) => file.endsWith(".prisma"))
    .map((file) => readFileSync(join(dir, file), "utf8"))
    .join("\n");
  const enums = new Set([...text.matchAll(/^enum (\w+) \{/gm)].map((match) => match[1]!));
  const models = new Map<string, SchemaField[]>();
  for (const [, name, body] of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = body!
      .split("\n")
      .map((line) => line.trim().match(/^(\w+)\s+(\w+)(\[\])?\??\s*(.*)$/))
      .filter((match): match is RegExpMatchArray => match !== null && !match[0].startsWith("//"))
      .map((match) => ({ name: match[1]!, type: match[2]!, attributes: match[4] ?? "" }));
    models.set(name!, fields);
  }
  const modelNames = new Set(models.keys());
  // Relations are objects, never in the JSON callers record; scalar and enum columns are.
  for (const [name, fields] of models)
    models.set(
      name,
      fields.filter((field) => !modelNames.has(field.type)),
    );
  return { enums, models };
}

const schema = readSchema();
const auditedModels = recordKinds.filter((kind) => schema.models.has(kind) && kind !== "AuditLog");

function lookup(messages: object, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], messages);
}

let catalogs: Array<[string, Messages]>;
beforeAll(async () => {
  catalogs = [
    ["zh-CN", await loadMessages("zh-CN")],
    ["en", await loadMessages("en")],
  ];
});

describe("audit field tables against prisma/schema", () => {
  it("map every enum column of an audited model to its enum", () => {
    const columns = auditedModels.flatMap((kind) =>
      schema.models
        .get(kind)!
        .filter((field) => schema.enums.has(field.type))
        .map((field) => ({ kind, ...field })),
    );
    expect(columns.length).toBeGreaterThan(30);
    const wrong = columns.filter((field) => enumFields[field.kind]?.[field.name] !== field.type);
    expect(wrong.map((field) => `${field.kind}.${field.name}: ${field.type}`)).toEqual([]);
  });

  it("know every @db.Date column of an audited model as a day", () => {
    const days = auditedModels.flatMap((kind) =>
      schema.models
        .get(kind)!
        .filter((field) => /@db\.Date\b/.test(field.attributes))
        .map((field) => field.name),
    );
    expect(days.length).toBeGreaterThan(5);
    expect(days.filter((field) => !dayFields.has(field))).toEqual([]);
  });

  it("point reference fields at kinds the log can resolve", () => {
    expect(Object.values(referenceFields).filter((kind) => !recordKinds.includes(kind))).toEqual([]);
  });
});

describe("audit field catalogs", () => {
  it("label every column of every audited model in both languages", () => {
    for (const [locale, messages] of catalogs) {
      const unlabelled = auditedModels.flatMap((kind) =>
        schema.models
          .get(kind)!
          .filter((field) => !hiddenFields.has(field.name))
          .filter((field) => typeof lookup(messages, `core.auditFields.fields.${field.name}`) !== "string")
          .map((field) => `${locale} ${kind}.${field.name}`),
      );
      expect(unlabelled).toEqual([]);
    }
  });

  it("name every kind of record in both languages", () => {
    for (const [locale, messages] of catalogs) {
      const unnamed = recordKinds.filter(
        (kind) => typeof lookup(messages, `core.auditFields.kinds.${kind}`) !== "string",
      );
      expect(unnamed.map((kind) => `${locale} ${kind}`)).toEqual([]);
    }
  });

  it("translate every value of every enum the log shows, in both languages", () => {
    const enumValues = prismaEnums as unknown as Record<string, Record<string, string>>;
    for (const [locale, messages] of catalogs) {
      for (const name of Object.keys(enumCatalogs) as EnumName[]) {
        const own = lookup(messages, enumCatalogs[name]) as Record<string, unknown> | undefined;
        // Prisma's enums must be complete; the log's own value sets are whatever the catalog lists.
        const values = enumValues[name] ? Object.values(enumValues[name]) : Object.keys(own ?? {});
        expect(values.length, `${locale} ${name}`).toBeGreaterThan(0);
        const missing = values.filter((value) => typeof own?.[value] !== "string");
        expect(missing, `${locale} ${name} at ${enumCatalogs[name]}`).toEqual([]);
      }
    }
  });

  it("have the same keys in both languages", () => {
    const [[, zh], [, en]] = catalogs as [[string, Messages], [string, Messages]];
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value !== "object" || value === null
        ? [prefix]
        : Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
    expect(keys(en.core.auditFields).sort()).toEqual(keys(zh.core.auditFields).sort());
    expect(keys(en.core.audit).sort()).toEqual(keys(zh.core.audit).sort());
  });
});
