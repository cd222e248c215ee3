// A mail server that accepts connections and never answers must not slow any action: the
// action only queues the email; the worker meets the dead server and schedules a retry.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { deliverDueMail } from "@/lib/core/mail/worker";
import { cancelActivity } from "@/lib/activities/reports/actions";
import { createSecretary, createUnit } from "@/tests/factories";
import { createLedActivity, joinUnit } from "@/tests/factories/reports";
import { actAs, formData } from "@/tests/integration/helpers/session";

let server: net.Server;
const sockets = new Set<net.Socket>();
const saved = { ...process.env };

beforeAll(async () => {
  server = net.createServer((socket) => {
    sockets.add(socket); // accept, then say nothing (no SMTP greeting)
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  delete process.env.MAIL_TRANSPORT;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
});

afterAll(async () => {
  process.env = { ...saved };
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

async function cancelForJoinedUnit(address: string) {
  const lead = await createUnit();
  const secretary = await createSecretary(lead.id);
  const member = await createUnit();
  await createSecretary(member.id, { email: address });
  const activity = await createLedActivity(lead.id, "OPEN");
  await joinUnit(activity.id, member.id);
  actAs(secretary);
  const started = Date.now();
  const state = await cancelActivity(
    initialFormState,
    formData({ activityId: activity.id, version: activity.version, reason: "暴雨预警" }),
  );
  return { state, ms: Date.now() - started };
}

describe("a mail server that never answers", () => {
  it("slows no action, even while the worker is stuck talking to it; the message is retried later", async () => {
    const first = await cancelForJoinedUnit("dead-1@example.org");
    expect(first.state.ok).toBe(true);
    expect(first.ms).toBeLessThan(3_000); // generous: the SMTP timeouts alone are 10 s and more
    expect(await db.mailOutbox.findFirstOrThrow({ where: { to: "dead-1@example.org" } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
    });

    // The worker's pass hangs on the silent server; meanwhile another action runs at full speed.
    const pass = deliverDueMail();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db.mailOutbox.findFirstOrThrow({ where: { to: "dead-1@example.org" } })).toMatchObject({
      status: "SENDING",
    });
    const second = await cancelForJoinedUnit("dead-2@example.org");
    expect(second.state.ok).toBe(true);
    expect(second.ms).toBeLessThan(3_000);

    const result = await pass;
    expect(result).toMatchObject({ sent: 0, retried: 1 });
    const row = await db.mailOutbox.findFirstOrThrow({ where: { to: "dead-1@example.org" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, text: expect.stringContaining("暴雨预警") });
    expect(row.lastError).toMatch(/greeting|timeout/i);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });
});
