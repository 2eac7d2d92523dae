/** Shows why a page's data could not be loaded, with the API's own message. */
import type { ApiError } from '../../api/client.ts';

export function LoadError({ error }: { error: ApiError }) {
  return (
    <p role="alert" className="alert alert-error">
      {error.status === 403 ? `You do not have access to this: ${error.message}` : error.message}
    </p>
  );
}
