/** Shows an API error that no field of the form can show, so no error is ever lost. */
import type { ApiError } from '../../api/client.ts';

export interface FormAlertProps {
  error: ApiError | null;
  /** The fields the form shows errors beside; an error naming one of them is shown there instead. */
  fields?: readonly string[];
}

export function FormAlert({ error, fields = [] }: FormAlertProps) {
  if (!error || (error.field && fields.includes(error.field))) return null;
  // A field error for a field the form does not have still names the field, so the message makes sense.
  const prefix = error.field ? `${error.field}: ` : '';
  return (
    <p role="alert" className="alert alert-error">
      {prefix}
      {error.message}
    </p>
  );
}
