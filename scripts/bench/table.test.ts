import { describe, expect, it } from "vitest";
import { summarise } from "./figures";
import { markdownTable, textTable } from "./table";

const figures = summarise([
  {
    name: "/about",
    kind: "ceiling",
    requests: 1000,
    seconds: 5,
    latenciesMs: [5, 6, 7],
    errors: 0,
    non2xx: 0,
    refused: 0,
  },
  {
    name: "/plan",
    kind: "public",
    requests: 50,
    seconds: 5,
    latenciesMs: [400, 900],
    errors: 1,
    non2xx: 2,
    refused: 0,
  },
]);

describe("bench tables", () => {
  it("prints one aligned row per scenario with ratio, target and verdict", () => {
    const lines = textTable(figures).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^\/about\s+200\.0\s+6\s+7\s+7\s+0\s+100 %\s+no errors\s+pass$/);
    expect(lines[2]).toMatch(
      /^\/plan\s+10\.0\s+400\s+900\s+900\s+1\/2\/0\s+5 %\s+≥ 80 % of the ceiling\s+FAIL$/,
    );
  });

  it("writes a Markdown table with right-aligned figures", () => {
    const lines = markdownTable(figures).split("\n");
    expect(lines[0]).toBe(
      "| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | vs ceiling | target | met |",
    );
    expect(lines[1]).toBe("| --- | --: | --: | --: | --: | --: | --: | --- | --- |");
    expect(lines[3]).toBe("| /plan | 10.0 | 400 | 900 | 900 | 1/2/0 | 5 % | ≥ 80 % of the ceiling | FAIL |");
  });

  it("shows a dash for percentiles of a scenario without answers (null after JSON)", () => {
    const [empty] = summarise([
      {
        name: "/x",
        kind: "public",
        requests: 0,
        seconds: 5,
        latenciesMs: [],
        errors: 3,
        non2xx: 0,
        refused: 0,
      },
    ]);
    const revived = JSON.parse(JSON.stringify([empty]));
    expect(markdownTable(revived).split("\n")[2]).toContain("| /x | 0.0 | – | – | – | 3/0/0 |");
  });
});
