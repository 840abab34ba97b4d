import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { FieldCategory } from '@/fields/field-definition';
import { fieldRegistry } from '@/fields/registry';
import { localize, type Locale } from '@/schema/localized-text';
import { findField, listLength, type FieldSlot } from '../../state/field-tree';
import { useBuilder } from '../builder-context';
import { useFieldTypeName } from '../field-type-name';
import { paletteDragId, type DragData } from './drag-data';

const categories: readonly FieldCategory[] = ['text', 'number', 'choice', 'date', 'identity', 'contact', 'address', 'file', 'group', 'content'];

/**
 * The field types of the registry, grouped as authors think of them. Pressing one adds it after
 * the selected field (or at the end of the selected page); dragging drops it anywhere.
 */
export function Palette({ locale }: { locale: Locale }) {
  const { t } = useTranslation('builder');
  const typeName = useFieldTypeName();
  const { state, dispatch } = useBuilder();
  const { document, selection } = state;
  const slot = ((): FieldSlot => {
    if (selection.kind === 'field') {
      const found = findField(document, selection.fieldId);
      if (found) return { ...found.slot, index: found.slot.index + 1 };
    }
    const pageId = selection.kind === 'page' ? selection.pageId : (document.pages.at(-1)?.id ?? '');
    return { pageId, index: listLength(document, pageId) };
  })();
  const page = document.pages.find((candidate) => candidate.id === slot.pageId);
  const pageName = localize(page?.title, locale);
  const definitions = fieldRegistry.all();
  return (
    <nav className="builder-palette" aria-labelledby="builder-palette-title">
      <h2 className="section-heading" id="builder-palette-title">
        {t('palette.title')}
      </h2>
      <p className="hint">{t('palette.hint')}</p>
      {categories.map((category) => {
        const types = definitions.filter((definition) => definition.category === category);
        if (types.length === 0) return null;
        return (
          <section key={category} aria-labelledby={`palette-${category}`}>
            <h3 className="builder-palette__group" id={`palette-${category}`}>
              {t(`palette.categories.${category}`)}
            </h3>
            <ul className="builder-palette__list">
              {types.map(({ type }) => (
                <PaletteItem
                  key={type}
                  fieldType={type}
                  name={typeName(type)}
                  label={t('palette.add', { type: typeName(type), page: pageName })}
                  onAdd={() => dispatch({ type: 'add-field', fieldType: type, slot })}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

function PaletteItem({ fieldType, name, label, onAdd }: { fieldType: string; name: string; label: string; onAdd(): void }) {
  const data: DragData = { kind: 'palette', fieldType };
  const { setNodeRef, listeners } = useDraggable({ id: paletteDragId(fieldType), data });
  // Pointer drags only: Enter and Space on a palette button add the field, as a button should.
  const onPointerDown = listeners?.onPointerDown as ((event: React.PointerEvent) => void) | undefined;
  return (
    <li>
      <button type="button" ref={setNodeRef} className="builder-palette__item" aria-label={label} onPointerDown={onPointerDown} onClick={onAdd}>
        {name}
      </button>
    </li>
  );
}
