import type { UploadedAttachment } from "./form-state";

/** Why an upload failed: the API's code (PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, RATE_LIMITED...) or NETWORK. */
export class UploadFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface UploadHandle {
  promise: Promise<UploadedAttachment>;
  abort(): void;
}

/**
 * Sends one file to `POST /uploads` (multipart, field `file`) with XMLHttpRequest, which, unlike fetch, reports
 * upload progress (0 to 1). Resolves with the stored attachment (its global ID is what submitReport takes).
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void, url = "/uploads"): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadedAttachment>((resolve, reject) => {
    xhr.open("POST", url);
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 201 || xhr.status === 200) {
        const b = body as Partial<UploadedAttachment> | null;
        if (b && typeof b.id === "string") {
          onProgress(1);
          resolve({
            id: b.id,
            fileName: String(b.fileName ?? file.name),
            size: Number(b.size ?? file.size),
            contentType: String(b.contentType ?? file.type),
          });
          return;
        }
      }
      const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
      reject(
        new UploadFailure(error?.code ?? (xhr.status === 413 ? "PAYLOAD_TOO_LARGE" : "UNKNOWN"), error?.message ?? ""),
      );
    };
    xhr.onerror = () => reject(new UploadFailure("NETWORK", "network error"));
    xhr.onabort = () => reject(new UploadFailure("ABORTED", "aborted"));
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
