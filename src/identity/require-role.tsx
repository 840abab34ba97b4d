import type { ReactNode } from 'react';
import type { UserInfo } from '@/lib/api-contract/identity';
import { RequireSignIn } from './require-sign-in';
import { useSession } from './use-session';

interface RequireRoleProps {
  requiredRole: UserInfo['roles'][number];
  /** Shown to a signed-in account without the role. */
  forbidden: ReactNode;
  children: ReactNode;
}

/** Staff tools: sign in first, then the account must hold `requiredRole` (the API checks it again). */
export function RequireRole({ requiredRole, forbidden, children }: RequireRoleProps) {
  return (
    <RequireSignIn>
      <RoleCheck requiredRole={requiredRole} forbidden={forbidden}>
        {children}
      </RoleCheck>
    </RequireSignIn>
  );
}

function RoleCheck({ requiredRole, forbidden, children }: RequireRoleProps) {
  const session = useSession();
  return session?.user.roles.includes(requiredRole) ? children : forbidden;
}
