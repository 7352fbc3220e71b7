// A form's field that is a choice from a short list: its label above, the choices in the merchant's words, the value
// as the code the form keeps.
import { useId } from 'react';

export interface SelectChoice<Value extends string> {
  value: Value;
  label: string;
}

interface SelectFieldProps<Value extends string> {
  label: string;
  value: Value;
  // The value alone names the type: the choices and the change must fit it, not widen it.
  choices: readonly SelectChoice<NoInfer<Value>>[];
  onChange(value: NoInfer<Value>): void;
  testId?: string;
}

export function SelectField<Value extends string>({ label, value, choices, onChange, testId }: SelectFieldProps<Value>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {/* Only the choices' values can come back from the select. */}
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value as Value)} data-testid={testId}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
