import Markdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// Markdown from writers is shown as formatting only: react-markdown shows raw HTML as text (no
// rehype-raw here, ever) and defaultUrlTransform empties javascript:, data: and other unsafe
// URLs. A link or image left without a target shows its text only (an empty src would fetch
// the page again). Links leave with nofollow.
const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a
        href={href}
        rel="noopener noreferrer nofollow"
        className="text-brand-700 underline underline-offset-2"
      >
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ src, alt }) =>
    typeof src === "string" && src !== "" ? (
      // eslint-disable-next-line @next/next/no-img-element -- a writer's image, any size, any host
      <img src={src} alt={alt ?? ""} className="max-w-full" />
    ) : (
      <span>{alt}</span>
    ),
  table: ({ children }) => (
    <div className="overflow-x-auto">
      <table>{children}</table>
    </div>
  ),
};

const prose = [
  "break-words text-base leading-relaxed text-stone-900",
  "[&_h1]:mb-3 [&_h1]:mt-6 [&_h1]:text-2xl [&_h1]:font-bold first:[&_h1]:mt-0",
  "[&_h2]:mb-2 [&_h2]:mt-5 [&_h2]:text-xl [&_h2]:font-bold",
  "[&_h3]:mb-2 [&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-semibold",
  "[&_p]:my-3 [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6",
  "[&_li]:my-1 [&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-stone-300 [&_blockquote]:pl-3 [&_blockquote]:text-stone-700",
  "[&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_pre]:my-3 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-stone-100 [&_pre]:p-3",
  "[&_table]:my-3 [&_table]:border-collapse [&_td]:border [&_td]:border-stone-300 [&_td]:px-2 [&_td]:py-1",
  "[&_th]:border [&_th]:border-stone-300 [&_th]:bg-stone-50 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left",
  "[&_hr]:my-4 [&_hr]:border-stone-300",
].join(" ");

/** Renders minutes (or an erratum) written in Markdown, safely; works on the server and in the browser. */
export function MarkdownView({ text, className = "" }: { text: string; className?: string }) {
  return (
    <div className={`${prose} ${className}`}>
      <Markdown remarkPlugins={[remarkGfm]} components={components} urlTransform={defaultUrlTransform}>
        {text}
      </Markdown>
    </div>
  );
}
