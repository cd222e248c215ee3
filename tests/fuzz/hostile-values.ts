// Random, boundary and unicode-edge values for property tests of anything that takes user input
// (schemas, server actions, query strings). No database or Next imports: every test kind uses it.
import fc from "fast-check";

/** Strings that have broken parsers before: encodings, number look-alikes, sizes, markup. */
export const edgeStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "request-key-\u0000-2024",
  "\uD800", // lone high surrogate
  "\uDC00x", // lone low surrogate
  "\u202Eevil\u202C", // right-to-left override
  "\u200F\u200E\uFEFF",
  "\u2028\u2029",
  "\r\n\r",
  "1e309",
  "-1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x10",
  "9007199254740993",
  "2147483648",
  "-1",
  "0",
  "1.5",
  "2024-02-30",
  "2024-13-01",
  "0000-00-00",
  "99999-01-01",
  "25:61",
  "on",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "%00",
  "%E0%A4%A",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "润州区团委🎉",
  "\u{1F600}".repeat(50),
  "x".repeat(10_001),
];

/** One hostile string: an edge case, random unicode (lone surrogates included), or a huge one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...edgeStrings) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      maxLength: 20,
    }),
  },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 100_000 }).map(String) },
  { weight: 1, arbitrary: fc.nat({ max: 20_000 }).map((length) => "9".repeat(length)) },
);

/** A value of any JSON-ish shape, for schemas that are not fed by forms alone. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      Infinity,
      -Infinity,
      NaN,
      -0,
      1e309,
      2 ** 53,
      -1,
      0,
      true,
      false,
      null,
      undefined,
      {},
      [],
    ),
  },
  { weight: 1, arbitrary: fc.double() },
);
