import { useId, type ReactNode } from 'react';
import { refusalOf } from '../publish/siteForm';

/** What a control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface PublishFieldProps {
  label: string;
  /** The setting it edits, so the dialog can take the focus to it. */
  name?: string;
  hint?: ReactNode;
  /** The engine's refusal, shown under the control and read with it. */
  error?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** One setting of the publish dialog: its label above, the control, then a hint or the error in its place. */
export function PublishField({ label, name, hint, error, className, children }: PublishFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const hasNote = Boolean(error || hint);
  return (
    <div className={`publish-field${error ? ' invalid' : ''}${className ? ` ${className}` : ''}`} data-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': hasNote ? noteId : undefined, 'aria-invalid': error ? true : undefined })}
      {error ? (
        <p id={noteId} className="publish-field-error" role="alert">
          {refusalOf(error).reason}
        </p>
      ) : hint ? (
        <p id={noteId} className="publish-field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
