import { describe, expect, it } from "vitest";
import { encode } from "uqr";
import { qrPath } from "./qr-path";

describe("qrPath", () => {
  it("draws one unit square per dark module of the code", () => {
    const url = "http://127.0.0.1:3000/checkin/7?code=123456";
    const { size, d } = qrPath(url);
    const { data } = encode(url, { border: 2 });
    expect(size).toBe(data.length);
    expect(d.match(/M/g)).toHaveLength(data.flat().filter(Boolean).length);
    expect(d).toMatch(/^(M\d+,\d+h1v1h-1z)+$/);
  });

  it("holds only path commands and numbers, whatever text is encoded", () => {
    const { d } = qrPath('"><script>window.__xss=1</script><img src=x onerror=alert(1)>');
    expect(d).toMatch(/^[Mhvz\d,-]+$/);
  });
});
