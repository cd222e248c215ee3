import type { FormState } from "@/lib/core/forms/form-state";
import { Field } from "./field";

/** Button looks shared by the small decision forms (touch-sized, 44 px high). */
export const buttonStyles = {
  primary:
    "min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60",
  secondary:
    "min-h-11 rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-100 disabled:opacity-60",
  danger:
    "min-h-11 rounded border border-red-800 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60",
} as const;

export type Choice = { value: string; label: string; tone: keyof typeof buttonStyles };

/**
 * The inside of a "decide with a note" form: the record's hidden id and version, the note, and
 * one submit button per choice (the pressed button's value is sent as `choiceName`).
 */
export function NoteWithChoices(props: {
  state: FormState;
  pending: boolean;
  hidden: Record<string, string | number>;
  noteName: string;
  noteLabel: string;
  noteRequired?: boolean;
  choiceName?: string;
  choices: Choice[];
}) {
  return (
    <>
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field
        as="textarea"
        name={props.noteName}
        label={props.noteLabel}
        state={props.state}
        rows={2}
        maxLength={500}
        required={props.noteRequired}
      />
      <div className="flex flex-wrap gap-2">
        {props.choices.map((choice) => (
          <button
            key={choice.value}
            type="submit"
            name={props.choiceName}
            value={props.choiceName ? choice.value : undefined}
            disabled={props.pending}
            className={buttonStyles[choice.tone]}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </>
  );
}
