/** The import's answer: the decks it wrote and what it counted. */
export interface ImportSummary {
  decks: Array<{ id: string; name: string; updated: boolean }>;
  created: number;
  updated: number;
  retired: number;
  reviews: number;
  images: number;
}

export type UploadOutcome =
  | { kind: "done"; summary: ImportSummary }
  | { kind: "conflict"; message: string }
  | { kind: "signed-out" }
  | { kind: "error"; message: string };

/** Sends the file as the request body; XMLHttpRequest because fetch reports no upload progress. */
export function uploadPackage(file: File, update: boolean, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/decks/import/anki${update ? "?update=1" : ""}`);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => resolve({ kind: "error", message: "The upload failed: you seem to be offline. Nothing was imported." });
    xhr.onload = () => {
      const body = parseBody(xhr.responseText);
      if (xhr.status === 200) return resolve({ kind: "done", summary: body as ImportSummary });
      if (xhr.status === 401) return resolve({ kind: "signed-out" });
      const message = (body as { error?: { message?: string } } | null)?.error?.message ?? `The server answered ${xhr.status}. Nothing was imported.`;
      resolve(xhr.status === 409 ? { kind: "conflict", message } : { kind: "error", message });
    };
    xhr.send(file);
  });
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
