import { AnkiPackageError } from "./errors";

/**
 * A media name as the cards refer to it, accepted only when it is one plain file name: no
 * directories, no drive letters, no parent references, no control characters.
 */
export function checkMediaName(name: string): string {
  const plain =
    name.length > 0 &&
    name.length <= 255 &&
    name !== "." &&
    name !== ".." &&
    !/[/\\:]/.test(name) &&
    !/[\u0000-\u001f\u007f]/.test(name);
  if (!plain) {
    throw new AnkiPackageError(
      "unsafe_media_name",
      `The package names a media file "${printable(name)}" that points outside the deck, so it was refused.`,
    );
  }
  return name.normalize("NFC");
}

const printable = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, "?").slice(0, 80);
