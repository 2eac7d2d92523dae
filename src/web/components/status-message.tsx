/** A polite live region for confirmations such as "Team created", announced without moving focus. */
export function StatusMessage({ children }: { children: string | null }) {
  return (
    <p role="status" className={children ? 'alert alert-success' : 'visually-hidden'}>
      {children}
    </p>
  );
}
