/** The logged-in member's own account: who they are, their password and their API tokens. */
import { roleLabel } from '../format/role-label.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSession } from '../session/use-session.ts';
import { ApiTokensSection } from './account/api-tokens-section.tsx';
import { ChangePasswordForm } from './account/change-password-form.tsx';

export function AccountPage() {
  useDocumentTitle('Account');
  const { session } = useSession();
  if (!session) return null;
  return (
    <>
      <h1>Account</h1>
      <section aria-labelledby="profile-title" className="panel">
        <h2 id="profile-title">You</h2>
        <dl className="details">
          <dt>Name</dt>
          <dd>{session.user.name}</dd>
          <dt>Email</dt>
          <dd>{session.user.email}</dd>
          <dt>Organization</dt>
          <dd>{session.organization.name}</dd>
          <dt>Role</dt>
          <dd>{roleLabel(session.role)}</dd>
        </dl>
      </section>
      <ChangePasswordForm />
      <ApiTokensSection />
    </>
  );
}
