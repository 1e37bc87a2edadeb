import { type ComponentPropsWithRef, useId } from "react";

/** A labelled multi-line field; an error is read with it. */
export function TextArea({
  label,
  error,
  ...textarea
}: Omit<ComponentPropsWithRef<"textarea">, "id"> & { label: string; error?: string | null }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={error ? "ad-field ad-field--invalid" : "ad-field"}>
      <label className="ad-field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="ad-input"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...textarea}
      />
      {error ? (
        <p className="ad-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
