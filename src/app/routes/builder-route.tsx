import { useTranslation } from 'react-i18next';
import { useParams } from '@/lib/navigation';
import type { BuilderServices } from '@/builder/ui/builder-context';
import { EditorLoader } from '@/builder/ui/editor-loader';
import { FormsList } from '@/builder/ui/forms-list';
import { registerBuilderMessages } from '@/builder/messages';
import { RequireRole } from '@/identity/require-role';
import { installIssueMessages } from '@/lib/zod-issue-messages';
import { useLocale } from '@/renderer/use-locale';
import { BuilderPreview } from '../builder/builder-preview';
import { builderSourceCatalog } from '../builder/source-catalog';
import '@/builder/ui/builder.css';

// Authors read schema issues (checks, publish review): with zod's descriptive messages.
installIssueMessages();

registerBuilderMessages();

/** What the builder borrows from other features, composed here (features never import each other). */
const services: BuilderServices = { catalog: builderSourceCatalog, Preview: BuilderPreview };

/**
 * `/soan-bieu-mau` (the department's forms) and `/soan-bieu-mau/:formId` (the editor): their own
 * lazy chunk with dnd-kit, for accounts with the author role only (the API checks it again).
 */
export default function BuilderRoute() {
  const { formId } = useParams();
  const { t } = useTranslation('builder');
  const locale = useLocale();
  return (
    <RequireRole
      requiredRole="author"
      forbidden={
        <div className="layout-narrow">
          <h1>{t('forbiddenTitle')}</h1>
          <p>{t('forbidden')}</p>
        </div>
      }
    >
      {formId ? <EditorLoader formId={formId} services={services} locale={locale} /> : <FormsList locale={locale} />}
    </RequireRole>
  );
}
