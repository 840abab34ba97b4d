import { useTranslation } from 'react-i18next';

/**
 * A field type's name as authors read it in the palette and panels ("Ngày tháng", "Số định
 * danh cá nhân"). Each type names itself in its own messages (`fields:<type>.typeName`), so a new
 * type brings its name along.
 */
export function useFieldTypeName(): (type: string) => string {
  const { t } = useTranslation('fields');
  return (type) => t(`${type}.typeName`);
}
