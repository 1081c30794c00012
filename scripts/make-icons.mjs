// node scripts/make-icons.mjs: draws the app icons from app/icon.svg with sharp (installed with Next).
// Writes the favicon, the apple-touch icon and the manifest's PNGs; the outputs are committed.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync("app/icon.svg", "utf8");
// Maskable icons are cropped to a circle of 80% by the launcher: the mark shrinks into that safe zone on a full-bleed ground.
const inner = svg.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "").replace(/<rect width="64" height="64" rx="14"[^>]*\/>/, "");
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#2f5bd3"/><g transform="translate(9.6 9.6) scale(0.7)">${inner}</g></svg>`;

const png = (source, size) => sharp(Buffer.from(source), { density: Math.ceil((72 * size) / 64) }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

/** An ICO that holds PNG images (allowed since Windows Vista, read by every current browser). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

mkdirSync("public/icons", { recursive: true });
writeFileSync("public/icons/icon-192.png", await png(svg, 192));
writeFileSync("public/icons/icon-512.png", await png(svg, 512));
writeFileSync("public/icons/maskable-512.png", await png(maskable, 512));
writeFileSync("app/apple-icon.png", await png(maskable, 180));
writeFileSync("app/favicon.ico", ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(svg, size) })))));
console.log("wrote public/icons/{icon-192,icon-512,maskable-512}.png, app/apple-icon.png, app/favicon.ico");
