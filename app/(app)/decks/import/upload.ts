type Answer = { error?: { message?: string } } | null;

// An answer that is not JSON is null: reported by its status instead.
function parseAnswer(text: string): Answer {
  try {
    return JSON.parse(text) as Answer;
  } catch {
    return null;
  }
}

/** Sends a file as the request body with upload progress (fetch reports none); resolves to the parsed JSON answer. */
export function uploadFile<T>(url: string, file: Blob, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new Error("The upload failed: check your connection and try again. Nothing was imported."));
    xhr.onload = () => {
      const data = parseAnswer(xhr.responseText);
      if (xhr.status === 401) reject(new Error("Your session has ended. Sign in again, then retry the import."));
      else if (xhr.status < 200 || xhr.status >= 300) reject(new Error(data?.error?.message ?? `The server answered ${xhr.status}. Nothing was imported.`));
      else resolve(data as T);
    };
    xhr.send(file);
  });
}
