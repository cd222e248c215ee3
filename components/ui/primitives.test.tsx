import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Card, cardClass } from "./card";
import { FilterSelect } from "./filter-bar";
import { Td, Th } from "./table";

describe("FilterSelect", () => {
  it("names its select by the label, offers 'any' first and selects the current filter", () => {
    const html = renderToStaticMarkup(
      <FilterSelect
        label="Status"
        name="status"
        value={2}
        any="All"
        options={[
          { value: 1, label: "Open" },
          { value: 2, label: "Done" },
        ]}
      />,
    );
    expect(html).toMatch(/^<label[^>]*>Status<select name="status"/);
    expect(html).toContain('<option value="">All</option>');
    expect(html).toContain('<option value="2" selected="">Done</option>');
  });

  it("selects 'any' when nothing is filtered, and leaves it out when not given", () => {
    const filtered = renderToStaticMarkup(<FilterSelect label="L" name="n" any="All" options={[]} />);
    expect(filtered).toContain('<option value="" selected="">All</option>');
    const plain = renderToStaticMarkup(
      <FilterSelect label="L" name="n" options={[{ value: "a", label: "A" }]} />,
    );
    expect(plain).not.toContain('value=""');
  });
});

describe("Card", () => {
  it("keeps the variant's classes and the caller's extra ones on the chosen element", () => {
    expect(renderToStaticMarkup(<Card as="li" className="space-y-3" />)).toBe(
      `<li class="${cardClass("raised", "space-y-3")}"></li>`,
    );
    expect(cardClass("outlined")).toBe("card-outlined");
  });
});

describe("table cells", () => {
  it("right-align numeric cells with tabular figures", () => {
    expect(renderToStaticMarkup(<Td numeric>3</Td>)).toBe(
      '<td class="py-2 pr-3 text-right tabular-nums">3</td>',
    );
    expect(renderToStaticMarkup(<Th scope="row">A</Th>)).toBe(
      '<th scope="row" class="py-2 pr-3 font-medium">A</th>',
    );
  });
});
