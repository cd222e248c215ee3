"use client";

// Last resort when the root layout itself fails (e.g. the database is down while the header
// reads the session). It cannot use the message catalogs, so it shows both languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem 1rem", textAlign: "center" }}>
        <h1>服务暂时不可用 · Service temporarily unavailable</h1>
        <p>请稍后再试。Please try again in a moment.</p>
        <button type="button" onClick={reset} style={{ marginTop: "1rem", padding: "0.5rem 1rem" }}>
          重试 · Try again
        </button>
      </body>
    </html>
  );
}
