import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@/lib/core/http/trusted-proxies";
import { processCount, stampClientIp } from "./serve-next";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real server with the stamp in front; answers with the header the app would see. */
async function seenAddress(trusted: string | undefined, headers: Record<string, string>): Promise<string> {
  const proxies = parseTrustedProxies(trusted);
  server = createServer((request, response) => {
    stampClientIp(request, proxies);
    response.end(String(request.headers["x-rz-client-ip"]));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return (await fetch(`http://127.0.0.1:${port}/`, { headers })).text();
}

describe("the production server's client address", () => {
  it("is the socket address, replacing a client-sent private header and ignoring X-Forwarded-For", async () => {
    const seen = await seenAddress(undefined, {
      "x-rz-client-ip": "198.51.100.1",
      "x-forwarded-for": "198.51.100.2",
    });
    expect(seen).toBe("127.0.0.1");
  });

  it("comes from X-Forwarded-For only when the socket peer is a named trusted proxy", async () => {
    const seen = await seenAddress("127.0.0.1", { "x-forwarded-for": "198.51.100.9, 203.0.113.7" });
    expect(seen).toBe("203.0.113.7");
  });
});

describe("WEB_CONCURRENCY", () => {
  it("is one process unless a whole number from 1 to 16 or auto (one per core) is given", () => {
    expect(processCount(undefined, 8)).toBe(1);
    expect(processCount("2", 8)).toBe(2);
    expect(processCount("auto", 2)).toBe(2);
    expect(processCount("64", 8)).toBe(16);
    for (const junk of ["0", "-1", "1.5", "two", ""]) expect(processCount(junk, 8), junk).toBe(1);
  });
});
