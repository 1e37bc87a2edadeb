import { type ComponentPropsWithRef, useId } from "react";

/** A labelled native select (accessible and light on a phone). */
export function SelectField({
  label,
  options,
  ...select
}: Omit<ComponentPropsWithRef<"select">, "id"> & {
  label: string;
  options: readonly { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="ad-field">
      <label className="ad-field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="ad-input" {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
