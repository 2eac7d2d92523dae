/** What shows while the app asks the server who is logged in, or when the server cannot be reached. */
import { useSession } from '../session/use-session.ts';

export function BootScreen() {
  const { status, bootError, retry } = useSession();
  return (
    <main id="main" className="centered-page">
      <div className="card">
        <h1>Swimlane</h1>
        {status === 'unavailable' ? (
          <>
            <p role="alert" className="alert alert-error">
              {bootError?.message ?? 'The server cannot be reached.'}
            </p>
            <button type="button" className="button-primary" onClick={retry}>
              Try again
            </button>
          </>
        ) : (
          <p role="status">Loading…</p>
        )}
      </div>
    </main>
  );
}
