import type { FormState } from "@/lib/core/forms/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "./field";

/** A choice's look: refusing is the outlined danger button, not a solid red one. */
const tones = { primary: "primary", secondary: "secondary", danger: "danger-outline" } as const;

export type Choice = { value: string; label: string; tone: keyof typeof tones };

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
          <Button
            key={choice.value}
            type="submit"
            name={props.choiceName}
            value={props.choiceName ? choice.value : undefined}
            disabled={props.pending}
            variant={tones[choice.tone]}
          >
            {choice.label}
          </Button>
        ))}
      </div>
    </>
  );
}
