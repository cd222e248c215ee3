// What a backup must give back, as comparable values: every table's row count and an md5 of all
// its rows (PostgreSQL's own text of each row, in order), and every sequence's state.
import { withClient } from "@/scripts/db/server-utils";

export { withClient };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export type Fingerprint = {
  tables: Record<string, { rows: number; md5: string }>;
  sequences: Record<string, string>;
};

export async function fingerprint(url: string): Promise<Fingerprint> {
  return withClient(url, async (client) => {
    // The same text for the same values whatever the server's defaults.
    await client.query("SET DateStyle = ISO, YMD; SET TimeZone = 'UTC'; SET extra_float_digits = 3");
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const result: Fingerprint = { tables: {}, sequences: {} };
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: string; md5: string }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${quote(name)} t`,
      );
      result.tables[name] = { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 };
    }
    const { rows: sequences } = await client.query<{ name: string }>(
      "SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename",
    );
    for (const { name } of sequences) {
      const { rows } = await client.query<{ state: string }>(
        `SELECT last_value || '/' || is_called AS state FROM ${quote(name)}`,
      );
      result.sequences[name] = rows[0]!.state;
    }
    return result;
  });
}
