export interface UploadedFile {
  id: string;
  fileName: string;
}

/** Sends one file to the API's POST /uploads; it stays unclaimed until a response names its id. */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const form = new FormData();
  form.append("file", file);
  const response = await fetch("/uploads", { method: "POST", body: form });
  const body = (await response.json().catch(() => null)) as {
    id?: string;
    fileName?: string;
    error?: { code?: string; message?: string };
  } | null;
  if (!response.ok || !body?.id) throw new Error(body?.error?.message ?? `Upload failed (${response.status})`);
  return { id: body.id, fileName: body.fileName ?? file.name };
}
