import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Locale } from '@/schema/localized-text';
import { findField } from '../../state/field-tree';
import { useBuilder } from '../builder-context';
import { useFieldTypeName } from '../field-type-name';
import { dropSlot, readDragData, type DragData } from './drag-data';

/**
 * Drag and drop for the whole editor: palette items onto pages, fields within and between pages
 * and groups, by pointer or keyboard (dnd-kit's keyboard sensor), with every step announced in
 * the author's language. Drops become ordinary reducer actions, so undo covers them.
 */
export function BuilderDnd({ locale, children }: { locale: Locale; children: ReactNode }) {
  const { t } = useTranslation('builder');
  const typeName = useFieldTypeName();
  const { state, dispatch } = useBuilder();
  const sensors = useSensors(
    // A short move before a drag starts, so pressing a palette button still adds by click.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const describe = (data: DragData | undefined): string => {
    if (!data) return '';
    if (data.kind === 'palette') return t('dnd.newField', { type: typeName(data.fieldType) });
    if (data.kind === 'field') {
      const field = findField(state.document, data.fieldId)?.field;
      return field ? localize(field.label, locale) : data.fieldId;
    }
    const page = state.document.pages.find((candidate) => candidate.id === data.pageId);
    const parent = data.parentId ? findField(state.document, data.parentId)?.field : undefined;
    return localize(parent?.label ?? page?.title, locale);
  };
  const target = (data: DragData | undefined) => {
    if (data?.kind === 'list') return t('dnd.endOf', { list: describe(data) });
    return t('dnd.position', { label: describe(data) });
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.pickedUp', { label: describe(readDragData(active.data.current)) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('dnd.over', { label: describe(readDragData(active.data.current)), target: target(readDragData(over.data.current)) })
        : t('dnd.overNothing', { label: describe(readDragData(active.data.current)) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('dnd.dropped', { label: describe(readDragData(active.data.current)), target: target(readDragData(over.data.current)) })
        : t('dnd.cancelled', { label: describe(readDragData(active.data.current)) }),
    onDragCancel: ({ active }) => t('dnd.cancelled', { label: describe(readDragData(active.data.current)) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const dragged = readDragData(active.data.current);
    const landing = over ? readDragData(over.data.current) : undefined;
    const slot = landing ? dropSlot(landing) : undefined;
    if (!dragged || !slot) return;
    if (dragged.kind === 'palette') dispatch({ type: 'add-field', fieldType: dragged.fieldType, slot });
    if (dragged.kind === 'field' && dragged.fieldId !== (landing?.kind === 'field' ? landing.fieldId : undefined)) {
      dispatch({ type: 'move-field', fieldId: dragged.fieldId, slot });
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      {children}
    </DndContext>
  );
}
