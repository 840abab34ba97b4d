import { useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/navigation';
import type { AuthoringDraft, AuthoringFormSummary } from '@/lib/api-contract/authoring';
import type { FormSchema } from '@/schema/create-form-schema';
import type { Locale } from '@/schema/localized-text';
import { builderReducer, initialBuilderState } from '../state/builder-reducer';
import { BuilderContext, type BuilderServices } from './builder-context';
import { BuilderDnd } from './canvas/builder-dnd';
import { Canvas } from './canvas/canvas';
import { Palette } from './canvas/palette';
import { ChecksPane } from './panes/checks-pane';
import { PreviewPane } from './panes/preview-pane';
import { VersionsPane } from './panes/versions-pane';
import { PropertiesPane } from './properties/properties-pane';
import { PublishControl } from './publish/publish-control';
import { SaveStatusText } from './save-status';
import { SideTabs } from './side-tabs';
import { useAutosave } from './use-autosave';
import { useUndoShortcuts } from './use-undo-shortcuts';

type TabId = 'properties' | 'preview' | 'checks' | 'versions';

interface FormEditorProps {
  /** What the author starts from: the saved draft, or the latest published version. */
  document: FormSchema;
  draft: AuthoringDraft | null;
  summary: AuthoringFormSummary;
  services: BuilderServices;
  locale: Locale;
}

/** The department's editor of one form: palette, canvas, and properties / preview / checks / versions. */
export function FormEditor({ document: initial, draft, summary, services, locale }: FormEditorProps) {
  const { t } = useTranslation('builder');
  const [state, dispatch] = useReducer(builderReducer, initial, initialBuilderState);
  const autosave = useAutosave(summary.id, state.document, state.revision, draft?.revision ?? 0);
  const [tab, setTab] = useState<TabId>('properties');
  useUndoShortcuts(dispatch);
  // Choosing something to edit from the checks or versions shows its properties.
  const { selection } = state;
  const [shownSelection, setShownSelection] = useState(selection);
  if (shownSelection !== selection) {
    setShownSelection(selection);
    if (tab !== 'preview') setTab('properties');
  }

  const latest = summary.versions.at(-1)?.version;
  const basis = draft
    ? draft.baseVersion === null
      ? t('toolbar.editingNew')
      : t('toolbar.editingDraft', { version: draft.baseVersion })
    : latest === undefined
      ? t('toolbar.editingNew')
      : t('toolbar.editingPublished', { version: latest });

  return (
    <BuilderContext.Provider value={{ state, dispatch, services }}>
      <div className="builder">
        <div className="builder__toolbar" role="toolbar" aria-label={t('toolbar.label')}>
          <Link to="/soan-bieu-mau" className="back-link">
            {t('toolbar.back')}
          </Link>
          <div className="builder__status">
            <span>{basis}</span>
            <SaveStatusText
              status={autosave.status}
              onKeepMine={autosave.keepMine}
              onTakeTheirs={(current) => {
                if (current) dispatch({ type: 'load', document: current.document as unknown as FormSchema });
                autosave.adopt(current?.revision ?? 0, 0);
              }}
            />
          </div>
          <div className="button-group builder__actions">
            <button type="button" className="button button--secondary" disabled={state.past.length === 0} onClick={() => dispatch({ type: 'undo' })}>
              {t('toolbar.undo')}
            </button>
            <button type="button" className="button button--secondary" disabled={state.future.length === 0} onClick={() => dispatch({ type: 'redo' })}>
              {t('toolbar.redo')}
            </button>
            <PublishControl
              summary={summary}
              hasChanges={autosave.hasChanges}
              flush={autosave.flush}
              onPublished={() => autosave.adopt(0, state.revision)}
              locale={locale}
            />
          </div>
        </div>
        <div className="builder__main">
          <BuilderDnd locale={locale}>
            <Palette locale={locale} />
            <Canvas locale={locale} />
          </BuilderDnd>
          <aside className="builder__side" aria-label={t('tabs.label')}>
            <SideTabs<TabId>
              label={t('tabs.label')}
              current={tab}
              onChange={setTab}
              tabs={[
                { id: 'properties', label: t('tabs.properties'), content: <PropertiesPane locale={locale} /> },
                { id: 'preview', label: t('tabs.preview'), content: <PreviewPane locale={locale} /> },
                { id: 'checks', label: t('tabs.checks'), content: <ChecksPane locale={locale} /> },
                { id: 'versions', label: t('tabs.versions'), content: <VersionsPane summary={summary} locale={locale} /> },
              ]}
            />
          </aside>
        </div>
      </div>
    </BuilderContext.Provider>
  );
}
