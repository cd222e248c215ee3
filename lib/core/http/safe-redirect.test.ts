import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { homeFor, safeRedirectPath } from "./safe-redirect";

const portal = "https://portal.example";

/** What a browser does with the redirect: the origin it lands on. */
const landsOn = (path: string) => new URL(path, portal).origin;

describe("safeRedirectPath keeps honest same-site targets", () => {
  it.each([
    ["/plan?year=2023", "/plan?year=2023"],
    ["/admin/audit?action=unit.&page=2", "/admin/audit?action=unit.&page=2"],
    ["/my/inbox#message-3", "/my/inbox#message-3"],
    ["/units?q=%E5%9B%A2%E5%A7%94", "/units?q=%E5%9B%A2%E5%A7%94"],
    ["/units?q=团委", "/units?q=%E5%9B%A2%E5%A7%94"],
    ["/activities/12", "/activities/12"],
    ["  /my  ", "/my"],
    ["/", "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeRedirectPath(input, "/fallback")).toBe(expected);
  });

  it("reduces absolute web addresses (a referer) to their path on this site", () => {
    expect(safeRedirectPath("http://localhost:3000/units?q=x")).toBe("/units?q=x");
    expect(safeRedirectPath("https://evil.example/my")).toBe("/my");
    expect(safeRedirectPath("HTTPS://portal.example/plan#top")).toBe("/plan#top");
  });

  it("resolves dot segments the way the browser would", () => {
    expect(safeRedirectPath("/my/../admin")).toBe("/admin");
    expect(safeRedirectPath("/%2e%2e/my")).toBe("/my");
  });
});

// Each of these is a way to leave the site, a script, or a doubtful trick: all go to the fallback.
const hostile: [string, string][] = [
  ["protocol-relative", "//evil.example"],
  ["protocol-relative with path", "//evil.example/my"],
  ["triple slash", "///evil.example"],
  ["backslash after slash", "/\\evil.example"],
  ["two backslashes", "\\\\evil.example"],
  ["backslash then slash", "\\/evil.example"],
  ["slash backslash slash", "/\\/evil.example"],
  ["tab inside the slashes", "/\t/evil.example"],
  ["newline inside the slashes", "/\n/evil.example"],
  ["carriage return inside", "/\r/evil.example"],
  ["leading tab", "\t//evil.example"],
  ["leading newline", "\n/my"],
  ["trailing newline", "/my\n"],
  ["leading NUL", "\u0000//evil.example"],
  ["vertical tab and form feed", "\u000b\u000c//evil.example"],
  ["DEL inside", "/\u007f/evil.example"],
  ["C1 control", "/\u0085/evil.example"],
  ["encoded tab", "/%09/evil.example"],
  ["encoded newline", "/%0a/evil.example"],
  ["encoded slash", "/%2f/evil.example"],
  ["encoded slash, upper case", "/%2F%2Fevil.example"],
  ["encoded backslash", "/%5cevil.example"],
  ["encoded backslash, upper case", "/%5C%5Cevil.example"],
  ["double-encoded slash", "/%252f%252fevil.example"],
  ["triple-encoded slash", "/%25252f%25252fevil.example"],
  ["dot then encoded slash", "/.%2f/evil.example"],
  ["broken percent encoding", "/%E0%A4%A"],
  ["lone percent", "/%"],
  ["javascript scheme", "javascript:alert(1)"],
  ["javascript, mixed case", "JaVaScRiPt:alert(1)"],
  ["javascript after space", " javascript:alert(1)"],
  ["javascript with tab", "java\tscript:alert(1)"],
  ["javascript after NUL", "\u0000javascript:alert(1)"],
  ["data URL", "data:text/html,<script>alert(1)</script>"],
  ["data URL, upper case", "DATA:text/html;base64,PHNjcmlwdD4="],
  ["vbscript", "vbscript:msgbox(1)"],
  ["file URL", "file:///etc/passwd"],
  ["blob URL", "blob:https://evil.example/1"],
  ["mailto", "mailto:a@evil.example"],
  ["absolute with double-slash path", "https://portal.example//evil.example"],
  ["absolute with backslash", "https://portal.example/\\evil.example"],
  ["scheme-relative https without slashes", "https:evil.example"],
  ["userinfo trick", "https://portal.example@evil.example"],
  ["relative path", "evil.example"],
  ["relative path with dot", "./my"],
  ["bare query", "?next=//evil.example"],
  ["bare fragment", "#x"],
  ["bidi override", "/\u202e/evil.example"],
  ["zero-width space", "/\u200b/evil.example"],
  ["byte order mark", "\ufeff//evil.example"],
  ["line separator", "/\u2028/evil.example"],
  ["paragraph separator", "/\u2029/evil.example"],
  ["encoded bidi override", "/%E2%80%AE/evil.example"],
  ["fullwidth solidus start", "／／evil.example"],
  ["only spaces", "   "],
  ["empty", ""],
  ["very long", `/${"a".repeat(5000)}`],
];

describe("safeRedirectPath refuses hostile and doubtful targets", () => {
  it.each(hostile)("%s", (_name, input) => {
    const result = safeRedirectPath(input, "/my");
    expect(result).toBe("/my");
  });

  it("treats missing and non-string values as missing", () => {
    expect(safeRedirectPath(null, "/admin")).toBe("/admin");
    expect(safeRedirectPath(undefined, "/admin")).toBe("/admin");
    expect(safeRedirectPath(["/my"], "/admin")).toBe("/admin");
    expect(safeRedirectPath(42, "/admin")).toBe("/admin");
  });
});

describe("safeRedirectPath, whatever it is given", () => {
  const hostileParts = fc.constantFrom(
    "/",
    "//",
    "\\",
    "%2f",
    "%5c",
    "%09",
    "%25",
    "\t",
    "\n",
    "\u0000",
    "@",
    ":",
    "evil.example",
    "javascript:",
    "https://",
    "..",
    ".",
    "?",
    "#",
    "％２ｆ",
    "\u202e",
  );
  const target = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.array(fc.oneof(hostileParts, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((p) => p.join("")),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
  );

  it("returns a path that starts with a single slash and stays on the portal's origin", () => {
    fc.assert(
      fc.property(target, (input) => {
        const result = safeRedirectPath(input);
        expect(result).toMatch(/^\/(?![/\\])/);
        expect(landsOn(result)).toBe(portal);
      }),
      { numRuns: 3000 },
    );
  });

  it("is stable: its own output passes through unchanged", () => {
    fc.assert(
      fc.property(target, (input) => {
        const once = safeRedirectPath(input, "/my");
        expect(safeRedirectPath(once, "/elsewhere")).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("homeFor", () => {
  it("sends admins to /admin and everybody else to /my", () => {
    expect(homeFor({ id: 1, role: "ADMIN", unitId: null })).toBe("/admin");
    expect(homeFor({ id: 2, role: "SECRETARY", unitId: 10 })).toBe("/my");
  });
});
