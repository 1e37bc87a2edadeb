export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

/** A small set of mutually exclusive views (e.g. list filters), as toggle buttons. */
export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly SegmentedOption<NoInfer<T>>[];
  value: T;
  onChange(value: NoInfer<T>): void;
}) {
  return (
    <fieldset className="ad-segmented">
      <legend className="ad-visually-hidden">{label}</legend>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="ad-segmented__option"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}
