import { useTranslation } from 'react-i18next';
import type { SchemaIssue } from '@/schema/schema-issues';

/** A form schema that failed validation: say so plainly and list each problem with its path. */
export function SchemaError({ issues }: { issues: readonly SchemaIssue[] }) {
  const { t } = useTranslation();
  return (
    <div className="layout-narrow">
      <h1>{t('errors.invalidSchemaTitle')}</h1>
      <p>{t('errors.invalidSchema')}</p>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
