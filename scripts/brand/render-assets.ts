// `npx tsx scripts/brand/render-assets.ts`: draws the portal's mark and share card and writes
// them to public/ (favicon.ico, icon.svg, apple-touch-icon.png, icons/*.png, og-card.png).
// The PNGs are committed; run this again only to change the design.
//
// Rasterised with sharp (it ships with Next for image optimisation). The mark is the glyph 青
// ("youth") from Noto Serif CJK SC Bold (SIL Open Font License) as a path, so the SVG favicon
// looks the same without the font; the share card's lines are text and need the Noto CJK fonts
// installed (Debian: fonts-noto-cjk).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const publicDir = fileURLToPath(new URL("../../public", import.meta.url));
const brandRed = "#a61b1b";

// 青 in font units: 1000 to the em, y up; its bounding box is (40, -89)–(966, 851).
const qing =
  "M345 253H667V158H345ZM345 281V374H667V281ZM229 403V-89H247C296 -89 345 -62 345 -51V129H667V47C667 33 662 27 646 27C620 27 510 34 510 34V21C564 12 586 0 604 -15C620 -31 626 -55 629 -89C765 -77 785 -35 785 36V354C806 358 819 367 825 375L710 462L657 403H352L229 452ZM143 635 151 607H438V512H40L48 484H937C952 484 963 489 966 499C923 537 853 590 853 590L792 512H556V607H855C868 607 879 612 882 623C841 658 775 708 775 708L717 635H556V725H890C905 725 915 730 918 741C876 777 807 830 807 830L746 753H556V809C583 814 590 824 592 838L438 851V753H100L108 725H438V635Z";
const glyphCentre = { x: 503, y: 381, height: 940 };

/** The glyph in white, centred on (cx, cy) and `height` units tall, in a 512-unit drawing. */
function glyph(cx: number, cy: number, height: number): string {
  const scale = height / glyphCentre.height;
  const tx = cx - scale * glyphCentre.x;
  const ty = cy + scale * glyphCentre.y;
  return `<path fill="#fff" transform="translate(${tx.toFixed(2)} ${ty.toFixed(2)}) scale(${scale.toFixed(4)} ${(-scale).toFixed(4)})" d="${qing}"/>`;
}

type MarkStyle = {
  /** Corner radius of the red square (0: full bleed, for launchers and iOS that cut their own shape). */
  radius: number;
  /** Glyph height as a share of the square. */
  glyphShare: number;
};

function markSvg({ radius, glyphShare }: MarkStyle, size = 512): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="${size}" height="${size}"><rect width="512" height="512" rx="${radius}" fill="${brandRed}"/>${glyph(256, 256, 512 * glyphShare)}</svg>`;
}

// Tiny favicons need a bigger glyph to stay legible; maskable icons keep it inside the 80 %
// safe circle that Android launchers may cut to.
const styles = {
  favicon: { radius: 96, glyphShare: 0.74 },
  icon: { radius: 96, glyphShare: 0.6 },
  fullBleed: { radius: 0, glyphShare: 0.6 },
  maskable: { radius: 0, glyphShare: 0.5 },
} satisfies Record<string, MarkStyle>;

const png = (svg: string) => sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();

/** An .ico holding PNG images (understood by every browser since IE Vista-era). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** 1200×630, the size chat apps and social sites expect for a large link preview. */
function shareCardSvg(): string {
  const serif = "Noto Serif CJK SC";
  const sans = "Noto Sans CJK SC";
  const line = (y: number, size: number, family: string, weight: number, fill: string, text: string) =>
    `<text x="470" y="${y}" font-family="${family}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(text)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630" width="1200" height="630">
<rect width="1200" height="630" fill="#faf7f5"/>
<rect width="400" height="630" fill="${brandRed}"/>
<svg x="40" y="155" width="320" height="320" viewBox="0 0 512 512">${glyph(256, 256, 400)}</svg>
${line(225, 62, serif, 700, "#1c1917", "润州区青年工作委员会")}
${line(280, 30, sans, 400, "#57534e", "Runzhou District Youth Work Committee")}
<rect x="470" y="318" width="96" height="6" fill="${brandRed}"/>
${line(385, 30, sans, 700, brandRed, "全域团建")}
${line(437, 28, sans, 400, "#44403c", "组织共建 活动共办 阵地共享 队伍共育 发展共谋")}
${line(520, 24, sans, 400, "#78716c", "年度活动清单 · 成员单位 · 联席会议 · 阵地地图")}
</svg>`;
}

async function main() {
  await mkdir(join(publicDir, "icons"), { recursive: true });
  const faviconSizes = [16, 32, 48];
  const favicons = await Promise.all(
    faviconSizes.map(async (size) => ({ size, data: await png(markSvg(styles.favicon, size)) })),
  );
  const files: [string, Buffer | string][] = [
    ["favicon.ico", ico(favicons)],
    ["icon.svg", `${markSvg(styles.favicon).replace(/ width="512" height="512"/, "")}\n`],
    ["apple-touch-icon.png", await png(markSvg(styles.fullBleed, 180))],
    ["icons/icon-192.png", await png(markSvg(styles.icon, 192))],
    ["icons/icon-512.png", await png(markSvg(styles.icon, 512))],
    ["icons/icon-maskable-512.png", await png(markSvg(styles.maskable, 512))],
    ["og-card.png", await png(shareCardSvg())],
  ];
  for (const [name, data] of files) {
    await writeFile(join(publicDir, name), data);
    console.log(`public/${name}`);
  }
}

await main();
