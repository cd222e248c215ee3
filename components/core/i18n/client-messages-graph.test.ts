import { describe, expect, it } from "vitest";
import { formMessages } from "@/lib/core/i18n/form-messages";
import { covers, isClientModule, providedPaths, translatedPaths } from "./client-messages-graph";

describe("translatedPaths", () => {
  it("takes the literal keys of a bound translator", () => {
    const text = 'const t = useTranslations("units.accounts");\nt("name"); t.rich("hint", {});';
    expect(translatedPaths(text).sort()).toEqual(["units.accounts.hint", "units.accounts.name"]);
  });

  it("takes the whole namespace for a computed key, a translator passed on, or no binding", () => {
    expect(translatedPaths('const t = useTranslations("a.b");\nt("x"); t(`s.${v}`);')).toEqual(["a.b"]);
    expect(translatedPaths('const t = useTranslations("a.b");\nt("x"); <Row t={t} />')).toEqual(["a.b"]);
    expect(translatedPaths('const label = useTranslations("a.b")("x");')).toEqual(["a.b"]);
  });

  it("marks a translator without a namespace (a server action's keys) as *", () => {
    expect(translatedPaths("const t = useTranslations();")).toEqual(["*"]);
  });
});

describe("providedPaths and covers", () => {
  it("reads the array literal of a ClientMessages and nothing without one", () => {
    const text = '<ClientMessages namespaces={[\n  "core.errors",\n  "units.admission.apply",\n]}>';
    expect(providedPaths(text)).toEqual(["core.errors", "units.admission.apply"]);
    expect(providedPaths("<main>{children}</main>")).toBeUndefined();
  });

  it("adds what every form's action may answer for a bare `forms`, wherever it stands", () => {
    const expected = [...formMessages, "units.admission.apply"];
    expect(providedPaths('<ClientMessages forms namespaces={["units.admission.apply"]}>')).toEqual(expected);
    expect(providedPaths('<ClientMessages\n  namespaces={["units.admission.apply"]}\n  forms\n>')).toEqual(
      expected,
    );
    expect(providedPaths('<ClientMessages formsX namespaces={["units.admission.apply"]}>')).toEqual([
      "units.admission.apply",
    ]);
  });

  it("covers a path by itself or an ancestor, never by a sibling with the same prefix", () => {
    expect(covers(["units.admission"], "units.admission.apply.email")).toBe(true);
    expect(covers(["units.admission"], "units.admission")).toBe(true);
    expect(covers(["units.admin"], "units.admission.apply")).toBe(false);
    expect(covers(["units.admission.apply"], "units.admission")).toBe(false);
  });
});

describe("isClientModule", () => {
  it("finds the directive first in the file, after comments only", () => {
    expect(isClientModule('"use client";\nimport x from "y";')).toBe(true);
    expect(isClientModule('// why\n/* more */\n"use client";')).toBe(true);
    expect(isClientModule('import x from "y";\n"use client";')).toBe(false);
  });
});
