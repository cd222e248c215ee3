import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { MarkdownView } from "./markdown-view";

const render = (text: string) => renderToStaticMarkup(<MarkdownView text={text} />);

describe("MarkdownView", () => {
  it("renders formatting and keeps web and mail links", () => {
    const html = render(
      "**粗体** [会议](https://example.org/a) [写信](mailto:a@example.org) [本站](/meetings/1)",
    );
    expect(html).toContain("<strong>粗体</strong>");
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('href="mailto:a@example.org"');
    expect(html).toContain('href="/meetings/1"');
  });

  it("shows raw HTML in the text as text, never as elements", () => {
    const html = render(
      '<img src=x onerror=window.__xss=1>\n\n"><script>window.__xss=1</script>\n\n<a href="javascript:alert(1)">x</a> <iframe src="https://evil"></iframe>',
    );
    expect(html).not.toMatch(/<img|<script|<iframe|<a href="javascript/i);
    expect(html).toContain("&lt;img src=x onerror=window.__xss=1&gt;");
    expect(html).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
  });

  it("drops script-running link and image targets", () => {
    const html = render(
      [
        "[a](javascript:window.__xss=1)",
        "[b](JaVaScRiPt:alert(1))",
        "[c](  javascript:alert(1))",
        "[d](java&#x09;script:alert(1))",
        "[e](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[f](vbscript:msgbox(1))",
        "![g](javascript:alert(1))",
        "<javascript:alert(1)>",
        "[h]: javascript:alert(1)\n\n[ref][h]",
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
    expect(html).not.toMatch(/(href|src)="[^"]*script:/i);
    expect(html).toContain("<span>a</span>");
    expect(html).toContain("<span>g</span>");
    expect(html).not.toMatch(/(href|src)=""/);
  });
});
