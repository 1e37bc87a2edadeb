import { Button } from "@aduan/ui/components";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ACCEPTED_TYPES, type FieldError, fileProblem, MAX_ATTACHMENTS, type UploadedAttachment } from "../form-state";
import { UploadFailure, type UploadHandle, uploadFile } from "../upload";

interface Pending {
  key: number;
  name: string;
  progress: number;
  error: FieldError | null;
  handle: UploadHandle | null;
}

const FAILURE_KEYS: Record<string, string> = {
  PAYLOAD_TOO_LARGE: "fileTooLarge",
  UNSUPPORTED_MEDIA_TYPE: "fileType",
  NETWORK: "uploadNetwork",
  RATE_LIMITED: "uploadRateLimited",
};

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Photos and PDFs, each uploaded at once with its progress; the form keeps the uploaded files' IDs. */
export function AttachmentsField({
  attachments,
  error,
  upload = uploadFile,
  onAdd,
  onRemove,
  onBusyChange,
}: {
  attachments: UploadedAttachment[];
  error?: string | null;
  upload?: typeof uploadFile;
  onAdd(attachment: UploadedAttachment): void;
  onRemove(id: string): void;
  onBusyChange(busy: boolean): void;
}) {
  const { t } = useTranslation("submit");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const nextKey = useRef(0);
  const busy = pending.some((p) => !p.error);
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);
  // Uploads still running when the form goes away are stopped.
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  useEffect(
    () => () => {
      for (const p of pendingRef.current) p.handle?.abort();
    },
    [],
  );

  const describe = (e: FieldError) => ("key" in e ? t(`errors.${e.key}` as "errors.fileType", e.values ?? {}) : e.text);

  function update(key: number, patch: Partial<Pending>) {
    setPending((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  }

  function start(file: File) {
    const key = nextKey.current++;
    const problem = fileProblem(file);
    if (problem) {
      setPending((list) => [...list, { key, name: file.name, progress: 0, error: problem, handle: null }]);
      return;
    }
    const handle = upload(file, (fraction) => update(key, { progress: fraction }));
    setPending((list) => [...list, { key, name: file.name, progress: 0, error: null, handle }]);
    handle.promise.then(
      (attachment) => {
        setPending((list) => list.filter((p) => p.key !== key));
        onAdd(attachment);
      },
      (e: unknown) => {
        if (e instanceof UploadFailure && e.code === "ABORTED") return;
        const code = e instanceof UploadFailure ? e.code : "UNKNOWN";
        const errorKey = FAILURE_KEYS[code] ?? "uploadUnknown";
        update(key, {
          handle: null,
          error: { key: errorKey, values: errorKey === "fileTooLarge" ? { max: 10 } : {} },
        });
      },
    );
  }

  function choose(files: FileList | null) {
    if (!files) return;
    const room = MAX_ATTACHMENTS - attachments.length - pending.filter((p) => !p.error).length;
    Array.from(files).slice(0, Math.max(0, room)).forEach(start);
    if (input.current) input.current.value = "";
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "ad-field ad-field--invalid" : "ad-field"}>
      <label className="ad-field__label" htmlFor={id}>
        {t("attachments")} ({t("optional")})
      </label>
      <p className="ad-field__hint" id={hintId}>
        {t("attachmentsHint", { max: MAX_ATTACHMENTS })}
      </p>
      <input
        ref={input}
        id={id}
        name="attachments"
        type="file"
        className="ad-input"
        multiple
        accept={ACCEPTED_TYPES.join(",")}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        disabled={attachments.length >= MAX_ATTACHMENTS}
        onChange={(e) => choose(e.currentTarget.files)}
      />
      {error ? (
        <p className="ad-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <ul className="ad-stack" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-live="polite">
        {attachments.map((a) => (
          <li key={a.id} className="ad-row" style={{ justifyContent: "space-between", flexWrap: "wrap" }}>
            <span>
              {a.fileName}{" "}
              <span className="ad-meta">
                ({formatSize(a.size)}, {t("uploaded")})
              </span>
            </span>
            <Button variant="ghost" onClick={() => onRemove(a.id)}>
              {t("removeFile", { name: a.fileName })}
            </Button>
          </li>
        ))}
        {pending.map((p) =>
          p.error ? (
            <li key={p.key} className="ad-row" style={{ justifyContent: "space-between", flexWrap: "wrap" }}>
              <span className="ad-field__error" role="alert">
                {t("uploadFailed", { name: p.name, reason: describe(p.error) })}
              </span>
              <Button variant="ghost" onClick={() => setPending((list) => list.filter((x) => x.key !== p.key))}>
                {t("removeFile", { name: p.name })}
              </Button>
            </li>
          ) : (
            <li key={p.key} className="ad-stack">
              <label className="ad-meta" htmlFor={`${id}-${p.key}`}>
                {t("uploading", { name: p.name, percent: Math.round(p.progress * 100) })}
              </label>
              <progress
                id={`${id}-${p.key}`}
                max={100}
                value={Math.round(p.progress * 100)}
                style={{ width: "100%" }}
              />
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
