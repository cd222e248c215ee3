import { describe, expect, it } from "vitest";
import { summarise } from "./figures";
import { END, renderSection, replaceSection, START } from "./readme";
import type { BenchResults } from "./results";

const results: BenchResults = {
  date: "2026-12-02T13:00:00.000Z",
  machine: { cpu: "Test CPU", cores: 2, memoryGb: 8, os: "linux 6.1", node: "v20.20.2" },
  seconds: 5,
  connections: 20,
  ceiling: "/api/health",
  note: "Measured while other work loaded the machine.",
  scales: [
    {
      units: 30,
      dataSet: { units: 30, activities: 213, meetings: 18, bookings: 1200 },
      figures: summarise([
        {
          name: "/api/health",
          kind: "ceiling",
          requests: 100,
          seconds: 5,
          latenciesMs: [1],
          errors: 0,
          non2xx: 0,
          refused: 0,
        },
      ]),
    },
  ],
  scaling: [],
};

describe("README Performance section", () => {
  it("names the machine, the conditions and the data set above the table", () => {
    const section = renderSection(results);
    expect(section).toContain("Measured 2026-12-02 on 2 × Test CPU, 8 GB, linux 6.1, Node v20.20.2");
    expect(section).toContain("**Measured while other work loaded the machine.**");
    expect(section).toContain("**30 units** (213 activities, 18 meetings, 1200 bookings)");
    expect(section).toContain("| /api/health | 20.0 | 1 | 1 | 1 | 0 | 100 % | no errors | pass |");
  });

  it("replaces only what stands between the markers", () => {
    const readme = `# Portal\n\n## Performance\n\n${START}\nold table\n${END}\n\n## Licence\n`;
    expect(replaceSection(readme, "new table")).toBe(
      `# Portal\n\n## Performance\n\n${START}\nnew table\n${END}\n\n## Licence\n`,
    );
  });

  it("appends a Performance section when the README has no markers yet", () => {
    expect(replaceSection("# Portal\n", "table")).toBe(
      `# Portal\n\n## Performance\n\n${START}\ntable\n${END}\n`,
    );
  });
});
