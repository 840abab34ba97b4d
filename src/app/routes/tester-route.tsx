import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/identity/require-role';
import DashboardRoute from '@/metrics/dashboard-route';

/** `/kiem-thu`: the UX testers' dashboard, its own lazy chunk, for accounts with the tester role. */
export default function TesterRoute() {
  const { t } = useTranslation('metrics');
  return (
    <RequireRole
      requiredRole="tester"
      forbidden={
        <div className="layout-narrow">
          <h1>{t('forbiddenTitle')}</h1>
          <p>{t('forbidden')}</p>
        </div>
      }
    >
      <DashboardRoute />
    </RequireRole>
  );
}
