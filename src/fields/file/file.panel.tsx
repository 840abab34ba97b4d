import { documentKinds, type DocumentKind } from '@/schema/document-kind';
import type { FieldPanelProps } from '../field-definition';
import { CheckboxControl } from '../shared/panel/checkbox-control';
import { GroupFieldset } from '../shared/panel/group-fieldset';
import { DraftControl } from '../shared/panel/draft-control';
import { NumberControl } from '../shared/panel/number-control';
import { usePanel } from '../shared/panel/use-panel';
import { formatAccept, readAccept } from './file.accept';
import type { FileConfig } from './file.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { filePanelMessages } from './file.panel.messages';

registerPanelMessages('file', filePanelMessages);

/** Formats, size and number of files, and the electronic documents that may stand in for them. */
export function FilePanel(props: FieldPanelProps<FileConfig>) {
  const { t, set, bind, config, locale } = usePanel('file', props);
  // Ticking appends, unticking keeps the others' order: the author's order is the citizen's.
  const toggleReuse = (kind: DocumentKind, on: boolean) =>
    set({ reuse: on ? [...config.reuse, kind] : config.reuse.filter((reused) => reused !== kind) });
  return (
    <>
      <DraftControl {...bind('accept')} format={formatAccept} read={readAccept} locale={locale} />
      <NumberControl {...bind('maxSizeMb')} locale={locale} />
      <NumberControl {...bind('maxFiles')} locale={locale} />
      <GroupFieldset label={t('file.panel.reuse')} hint={t('file.panel.reuseHint')}>
        {documentKinds.map((kind) => (
          <CheckboxControl
            key={kind}
            label={t(`file.panel.documentKinds.${kind}`)}
            value={config.reuse.includes(kind)}
            onChange={(on) => toggleReuse(kind, on)}
          />
        ))}
      </GroupFieldset>
    </>
  );
}
