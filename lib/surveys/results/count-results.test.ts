import { describe, expect, it } from "vitest";
import { countResults, type CountAnswer, type CountQuestion, type CountResponse } from "./count-results";
import { percentOf, sharesOfWhole } from "./percent";

const kinds: CountQuestion[] = [
  {
    id: 1,
    kind: "MULTIPLE_CHOICE",
    prompt: "活动类型",
    allowOther: true,
    options: [
      { id: 11, label: "读书会" },
      { id: 12, label: "交流联谊" },
      { id: 13, label: "志愿服务" },
    ],
  },
];
const single: CountQuestion = {
  id: 2,
  kind: "SINGLE_CHOICE",
  prompt: "频次",
  allowOther: false,
  options: [
    { id: 21, label: "每月" },
    { id: 22, label: "每季度" },
    { id: 23, label: "每半年" },
  ],
};
const ranking: CountQuestion = {
  id: 3,
  kind: "RANKING",
  prompt: "月份",
  allowOther: false,
  options: [
    { id: 31, label: "三月" },
    { id: 32, label: "五月" },
    { id: 33, label: "十月" },
  ],
};
const rating: CountQuestion = { id: 4, kind: "RATING", prompt: "评价", allowOther: false, options: [] };
const text: CountQuestion = { id: 5, kind: "LONG_TEXT", prompt: "建议", allowOther: false, options: [] };

const a = (questionId: number, fields: Partial<CountAnswer>): CountAnswer => ({
  questionId,
  optionIds: [],
  otherText: "",
  rating: null,
  text: "",
  ...fields,
});
const response = (unitName: string, ...answers: CountAnswer[]): CountResponse => ({ unitName, answers });

describe("multiple choice", () => {
  const responses = [
    response("甲", a(1, { optionIds: [11, 12] })),
    response("乙", a(1, { optionIds: [11], otherText: "非遗体验" })),
    response("丙", a(1, { optionIds: [11, 12, 13] })),
    response("丁", a(1, { otherText: "篮球赛" })),
    response("戊"), // skipped the question
  ];
  const [result] = countResults(kinds, responses, "其他");

  it("counts shares of the respondents who answered, not of the boxes ticked", () => {
    expect(result).toMatchObject({ answered: 4, skipped: 1, kind: "choice", multiple: true });
    if (result?.kind !== "choice") throw new Error("choice expected");
    expect(result.bars).toEqual([
      { label: "读书会", optionId: 11, count: 3, percent: 75 },
      { label: "交流联谊", optionId: 12, count: 2, percent: 50 },
      { label: "志愿服务", optionId: 13, count: 1, percent: 25 },
      { label: "其他", optionId: null, count: 2, percent: 50 },
    ]);
    // 8 ticks among 4 respondents: the shares add up to 200 %, as they should.
    expect(result.bars.reduce((sum, bar) => sum + bar.percent, 0)).toBe(200);
  });

  it("lists the other texts with their units", () => {
    if (result?.kind !== "choice") throw new Error("choice expected");
    expect(result.others).toEqual([
      { unitName: "乙", text: "非遗体验" },
      { unitName: "丁", text: "篮球赛" },
    ]);
  });

  it("shows an empty other bar when other is allowed but nobody used it", () => {
    const [only] = countResults(kinds, [response("甲", a(1, { optionIds: [13] }))], "其他");
    if (only?.kind !== "choice") throw new Error("choice expected");
    expect(only.bars.at(-1)).toEqual({ label: "其他", optionId: null, count: 0, percent: 0 });
  });
});

describe("single choice", () => {
  it("adds up to exactly 100 % even when thirds do not", () => {
    const responses = [
      response("甲", a(2, { optionIds: [21] })),
      response("乙", a(2, { optionIds: [22] })),
      response("丙", a(2, { optionIds: [23] })),
    ];
    const [result] = countResults([single], responses, "其他");
    if (result?.kind !== "choice") throw new Error("choice expected");
    expect(result.bars.map((bar) => bar.count)).toEqual([1, 1, 1]);
    expect(result.bars.reduce((sum, bar) => sum + bar.percent, 0)).toBeCloseTo(100, 10);
    expect(result.bars.map((bar) => bar.percent)).toEqual([33.4, 33.3, 33.3]);
  });

  it("leaves skipped answers out of the base", () => {
    const responses = [response("甲", a(2, { optionIds: [21] })), response("乙")];
    const [result] = countResults([single], responses, "其他");
    expect(result).toMatchObject({ answered: 1, skipped: 1 });
    if (result?.kind !== "choice") throw new Error("choice expected");
    expect(result.bars[0]).toMatchObject({ count: 1, percent: 100 });
  });
});

describe("ranking", () => {
  it("gives each option's mean rank and first-place count", () => {
    const responses = [
      response("甲", a(3, { optionIds: [31, 32, 33] })),
      response("乙", a(3, { optionIds: [32, 31, 33] })),
      response("丙", a(3, { optionIds: [31, 33, 32] })),
      response("丁", a(3, { optionIds: [33, 31, 32] })),
      response("戊"),
    ];
    const [result] = countResults([ranking], responses, "其他");
    expect(result).toMatchObject({ answered: 4, skipped: 1 });
    if (result?.kind !== "ranking") throw new Error("ranking expected");
    expect(result.ranks).toEqual([
      { optionId: 31, label: "三月", meanRank: 1.5, firstPlace: 2, firstPercent: 50 },
      { optionId: 32, label: "五月", meanRank: 2.25, firstPlace: 1, firstPercent: 25 },
      { optionId: 33, label: "十月", meanRank: 2.25, firstPlace: 1, firstPercent: 25 },
    ]);
  });
});

describe("rating and text", () => {
  it("gives the distribution 1..5 and the mean of those who rated", () => {
    const responses = [4, 5, 5, null, 3].map((value, i) => response(`u${i}`, a(4, { rating: value })));
    const [result] = countResults([rating], responses, "其他");
    expect(result).toMatchObject({ answered: 4, skipped: 1, kind: "rating", mean: 4.25 });
    if (result?.kind !== "rating") throw new Error("rating expected");
    expect(result.bars.map((bar) => [bar.label, bar.count, bar.percent])).toEqual([
      ["1", 0, 0],
      ["2", 0, 0],
      ["3", 1, 25],
      ["4", 1, 25],
      ["5", 2, 50],
    ]);
  });

  it("has no mean when nobody rated", () => {
    expect(countResults([rating], [], "其他")[0]).toMatchObject({ answered: 0, mean: null });
  });

  it("lists non-blank texts with their units", () => {
    const responses = [
      response("甲", a(5, { text: "多办读书会" })),
      response("乙", a(5, { text: "  " })),
      response("丙"),
    ];
    const [result] = countResults([text], responses, "其他");
    expect(result).toMatchObject({
      answered: 1,
      skipped: 2,
      kind: "text",
      texts: [{ unitName: "甲", text: "多办读书会" }],
    });
  });
});

describe("percent helpers", () => {
  it("rounds to one decimal and is 0 of nothing", () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(0, 0)).toBe(0);
  });

  it("makes shares of a whole add up to 100.0", () => {
    for (const counts of [
      [1, 1, 1],
      [2, 2, 3],
      [1, 6],
      [7, 0, 0, 5, 11],
      [26, 0],
    ]) {
      const shares = sharesOfWhole(counts);
      expect(Math.round(shares.reduce((sum, share) => sum + share, 0) * 10)).toBe(1000);
    }
    expect(sharesOfWhole([0, 0])).toEqual([0, 0]);
  });
});
