import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import { localize, type Locale } from '@/schema/localized-text';
import { findCatalogAttribute } from '../../analysis/source-catalog';
import { useBuilder } from '../builder-context';
import { useFieldTypeName } from '../field-type-name';
import { fieldDragId, listDropId, type DragData } from './drag-data';

interface FieldListProps {
  pageId: string;
  parentId?: string | undefined;
  fields: readonly BaseFieldConfig[];
  locale: Locale;
}

/** One sortable list of field cards: a page's fields, or a group's children. */
export function FieldList({ pageId, parentId, fields, locale }: FieldListProps) {
  const { t } = useTranslation('builder');
  const data: DragData = { kind: 'list', pageId, parentId, length: fields.length };
  const { setNodeRef, isOver } = useDroppable({ id: listDropId(pageId, parentId), data });
  return (
    <SortableContext items={fields.map((field) => fieldDragId(field.id))} strategy={verticalListSortingStrategy}>
      <ol ref={setNodeRef} className={isOver ? 'builder-list builder-list--over' : 'builder-list'}>
        {fields.map((field, index) => (
          <FieldCard key={field.id} field={field} pageId={pageId} parentId={parentId} index={index} locale={locale} />
        ))}
        {fields.length === 0 ? <li className="builder-list__empty">{t(parentId ? 'canvas.emptyGroup' : 'canvas.emptyPage')}</li> : null}
      </ol>
    </SortableContext>
  );
}

function FieldCard({ field, pageId, parentId, index, locale }: { field: BaseFieldConfig; pageId: string; parentId: string | undefined; index: number; locale: Locale }) {
  const { t } = useTranslation('builder');
  const typeName = useFieldTypeName();
  const { state, dispatch, services } = useBuilder();
  const data: DragData = { kind: 'field', fieldId: field.id, slot: { pageId, parentId, index } };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: fieldDragId(field.id), data });
  const definition = fieldRegistry.of(field);
  const children = definition.container?.children(field);
  const selected = state.selection.kind === 'field' && state.selection.fieldId === field.id;
  const label = localize(field.label, locale);
  const card = useRef<HTMLLIElement | null>(null);
  // A field added from the palette (or chosen in the checks) is brought into view on the canvas.
  useEffect(() => {
    if (selected) card.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const bound = field.prefill ? findCatalogAttribute(services.catalog, field.prefill.source, field.prefill.attribute) : undefined;
  return (
    <li
      ref={(node) => {
        setNodeRef(node);
        card.current = node;
      }}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`builder-card${selected ? ' builder-card--selected' : ''}${isDragging ? ' builder-card--dragging' : ''}`}
    >
      <div className="builder-card__row">
        <button type="button" ref={setActivatorNodeRef} className="builder-card__handle" {...attributes} {...listeners} aria-label={t('canvas.drag', { label })}>
          <span aria-hidden="true">⠿</span>
        </button>
        <button
          type="button"
          className="builder-card__select"
          aria-pressed={selected}
          onClick={() => dispatch({ type: 'select', selection: { kind: 'field', fieldId: field.id } })}
        >
          <span className="builder-card__label">{label}</span>
          <span className="builder-card__meta">
            {typeName(field.type)} · <code>{field.id}</code>
          </span>
          <span className="builder-card__badges">
            {definition.hasAnswer && !definition.container ? (
              <span className="tag tag--neutral">{field.required === false ? t('canvas.optional') : t('canvas.required')}</span>
            ) : null}
            {field.prefill ? <span className="tag tag--online">{t('canvas.prefill', { source: bound ? localize(bound.source.name, locale) : field.prefill.source })}</span> : null}
            {field.visibleIf !== undefined ? <span className="tag">{t('canvas.conditional')}</span> : null}
          </span>
        </button>
      </div>
      {children ? <FieldList pageId={pageId} parentId={field.id} fields={children} locale={locale} /> : null}
    </li>
  );
}
