import { _createCache, _createIntlFormatters } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { compileMessages } from "./compile-messages";
import formatMessage from "./format-message";
import { loadMessages } from "./messages";

function leaves(tree: object, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe("compileMessages", () => {
  it("keeps the catalog's shape and compiles messages with arguments, which the server's formatter reads like the raw ones", () => {
    const raw = { plain: "Hello", named: "Hi {name}", count: "{n, plural, one {# item} other {# items}}" };
    const compiled = compileMessages({ a: raw }).a;
    expect(compiled.plain).toBe("Hello");
    expect(Array.isArray(compiled.named)).toBe(true);
    // React passes only plain objects to client components: the plural's options must be one.
    const [[, , plural]] = compiled.count as unknown as [[string, number, object]];
    expect(Object.getPrototypeOf(plural)).toBe(Object.prototype);
    const cache = _createCache();
    const options = {
      cache,
      formatters: _createIntlFormatters(cache),
      locale: "en",
      timeZone: "Asia/Shanghai",
    };
    for (const message of [raw, compiled]) {
      expect(formatMessage("a.named", message.named, { name: "Li" }, options)).toBe("Hi Li");
      expect(formatMessage("a.count", message.count, { n: 2 }, options)).toBe("2 items");
      expect(formatMessage("a.plain", message.plain, undefined, options)).toBe("Hello");
    }
  });

  it("leaves every catalog message without arguments as text the full parser reads the same", async () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const compiled = compileMessages(await loadMessages(locale));
      const texts = leaves(compiled).filter(([, value]) => typeof value === "string");
      expect(texts.length).toBeGreaterThan(100);
      // The server's formatter (format-message.ts) sends strings to the full parser: a compiled
      // string that still looked like ICU syntax (from '{' quoting) would be read differently.
      expect(texts.filter(([, text]) => /[{}<]/.test(text as string))).toEqual([]);
    }
  });
});
