"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { csvPreview, type CsvPreview } from "@/lib/decks/csv-preview";
import { CSV_COLUMNS, CSV_MAX_BYTES, type CsvColumn } from "@/lib/decks/csv-parse";
import { uploadFile } from "./upload";

const COLUMN_LABEL: Record<CsvColumn, string> = { front: "Front", back: "Back", tags: "Tags", type: "Type", ignore: "Ignore" };
const inputClass = "rounded-lg border border-border bg-surface px-3 py-2 text-sm text-text";

/** Choose a file, check its first rows and the columns, then import it all at once into a new or existing deck. */
export function CsvImport({ decks, initialDeckId }: { decks: { id: string; name: string }[]; initialDeckId: string | null }) {
  const router = useRouter();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mapping, setMapping] = useState<CsvColumn[]>([]);
  const [target, setTarget] = useState<string>(initialDeckId ?? "new");
  const [deckName, setDeckName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  function read(bytesRead: Uint8Array, name: string, hasHeader?: boolean) {
    try {
      const next = csvPreview(bytesRead, name, hasHeader);
      setPreview(next);
      setMapping(next.mapping);
      setError(null);
    } catch (e) {
      setPreview(null);
      setError(e instanceof Error ? e.message : "This file cannot be read.");
    }
  }

  async function choose(chosen: File | undefined) {
    setPreview(null);
    setError(null);
    if (!chosen) return;
    if (chosen.size > CSV_MAX_BYTES) {
      setFile(null);
      return setError(`The file is larger than ${CSV_MAX_BYTES / 1024 / 1024} MB, the most a CSV import takes.`);
    }
    const data = new Uint8Array(await chosen.arrayBuffer());
    setFile(chosen);
    setBytes(data);
    setDeckName(chosen.name.replace(/\.(csv|tsv|txt|tab)$/i, "").slice(0, 120));
    read(data, chosen.name);
  }

  async function commit() {
    if (!file || !preview) return;
    if (!mapping.includes("front") || !mapping.includes("back")) return setError("Choose which column is the front and which is the back.");
    if (target === "new" && !deckName.trim()) return setError("Name the new deck.");
    const query = new URLSearchParams({ file: file.name.slice(0, 200), header: preview.hasHeader ? "1" : "0", map: mapping.join(",") });
    if (target === "new") query.set("name", deckName.trim());
    else query.set("deck", target);
    setError(null);
    setProgress(0);
    try {
      const result = await uploadFile<{ deckId: string; created: number }>(`/api/decks/import/csv?${query.toString()}`, file, setProgress);
      router.push(`/decks/${result.deckId}?imported=${result.created}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Nothing was imported. Try again.");
      setProgress(null);
    }
  }

  const busy = progress !== null;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-file`} className="text-sm font-medium">
          File (.csv or .tsv, UTF-8, up to {CSV_MAX_BYTES / 1024 / 1024} MB)
        </label>
        <input id={`${id}-file`} type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} className="text-sm" />
      </div>
      {error && (
        <p role="alert" className="rounded-lg border border-bad px-3 py-2 text-sm text-bad">
          {error}
        </p>
      )}
      {preview && bytes && file && (
        <section aria-labelledby={`${id}-preview`} className="flex flex-col gap-4">
          <h2 id={`${id}-preview`} className="text-lg font-semibold">
            Preview: {preview.total.toLocaleString("en")} row{preview.total === 1 ? "" : "s"}, {preview.delimiter === "\t" ? "tab" : "comma"}-separated
          </h2>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={preview.hasHeader} disabled={busy} onChange={(e) => read(bytes, file.name, e.target.checked)} />
            The first row is a header
          </label>
          <div className="overflow-x-auto rounded-lg border border-border" tabIndex={0} role="region" aria-label="First rows and column mapping">
            <table className="w-full text-left text-sm">
              <thead className="bg-surface-2">
                <tr>
                  {preview.columnNames.map((name, i) => (
                    <th key={i} scope="col" className="px-3 py-2 align-top font-medium">
                      <span className="mb-1 block truncate text-xs text-muted">{name}</span>
                      <label className="sr-only" htmlFor={`${id}-map-${i}`}>
                        Column {i + 1} ({name}) is
                      </label>
                      <select id={`${id}-map-${i}`} value={mapping[i] ?? "ignore"} disabled={busy} onChange={(e) => setMapping(mapping.map((m, j) => (j === i ? (e.target.value as CsvColumn) : m)))} className={inputClass}>
                        {CSV_COLUMNS.map((c) => (
                          <option key={c} value={c}>
                            {COLUMN_LABEL[c]}
                          </option>
                        ))}
                      </select>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row, r) => (
                  <tr key={r} className="border-t border-border">
                    {preview.columnNames.map((_, c) => (
                      <td key={c} className="max-w-[16rem] truncate px-3 py-2 align-top" title={row[c] ?? ""}>
                        {row[c] ?? ""}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">Import into</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="target" checked={target === "new"} disabled={busy} onChange={() => setTarget("new")} />A new deck
            </label>
            {target === "new" && (
              <div className="ml-6 flex flex-col gap-1">
                <label htmlFor={`${id}-name`} className="text-sm">
                  Deck name
                </label>
                <input id={`${id}-name`} value={deckName} maxLength={120} disabled={busy} onChange={(e) => setDeckName(e.target.value)} className={inputClass} />
              </div>
            )}
            {decks.length > 0 && (
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" name="target" checked={target !== "new"} disabled={busy} onChange={() => setTarget(decks[0]!.id)} />
                An existing deck
              </label>
            )}
            {target !== "new" && (
              <div className="ml-6 flex flex-col gap-1">
                <label htmlFor={`${id}-deck`} className="text-sm">
                  Deck
                </label>
                <select id={`${id}-deck`} value={target} disabled={busy} onChange={(e) => setTarget(e.target.value)} className={inputClass}>
                  {decks.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </fieldset>
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={() => void commit()} disabled={busy}>
              {busy ? "Importing…" : `Import ${preview.total.toLocaleString("en")} row${preview.total === 1 ? "" : "s"}`}
            </Button>
            {busy && (
              <div className="flex flex-1 items-center gap-2" role="status">
                <progress max={1} value={progress} className="h-2 w-40" aria-label="Upload progress" />
                <span className="text-sm text-muted">{progress < 1 ? `Uploading ${Math.round(progress * 100)}%` : "Saving the cards…"}</span>
              </div>
            )}
          </div>
          <p className="text-xs text-muted">All or nothing: if any row cannot become a card, nothing is imported and the row is named.</p>
        </section>
      )}
    </div>
  );
}
