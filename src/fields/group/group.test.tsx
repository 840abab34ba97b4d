import { render, screen } from '@testing-library/react';
import type { FieldRendererProps } from '../field-definition';
import type { BaseFieldConfig } from '@/schema/base-field';
import { groupField } from '.';
import type { GroupConfig } from './group.config';
import { groupExamples } from './group.examples';
import { GroupRenderer, parentPrefix } from './group.renderer';
import { fieldText } from '@tests/utils/field-text';
import { klmOf } from '../klm';

const config: GroupConfig = groupExamples.default;

describe('group definition', () => {
  it('accepts its examples and the config it creates', () => {
    for (const example of Object.values(groupExamples)) {
      expect(groupField.configSchema.safeParse(example).success).toBe(true);
    }
    expect(groupField.configSchema.safeParse(groupField.create('nhomMoi')).success).toBe(true);
  });

  it('rejects children of unknown types', () => {
    const broken = { ...config, fields: [{ type: 'no-such-type', id: 'x', label: { vi: 'X' } }] };
    expect(groupField.configSchema.safeParse(broken).success).toBe(false);
  });

  it('is a container without an answer of its own', () => {
    expect(groupField.hasAnswer).toBe(false);
    expect(groupField.container?.repeatable).toBe(false);
    expect(groupField.container?.children(config).map((child) => child.id)).toEqual(['hoTenNguoiKhai', 'ngheNghiep']);
    expect(groupField.formatAnswer(undefined, config, { locale: 'vi', t: (key) => key, formatField: () => 'x' })).toBe('');
    expect(klmOf(config).seconds).toBe(0);
  });

  it.each([
    ['thongTinNguoiKhai', ''],
    ['thanhVien.0.thongTinMe', 'thanhVien.0.'],
    ['a.1.b.2.c', 'a.1.b.2.'],
  ])('children of %s are named under %j', (name, prefix) => {
    expect(parentPrefix(name)).toBe(prefix);
  });
});

describe('GroupRenderer', () => {
  it('renders its children through the host, at its own level', () => {
    const calls: [readonly BaseFieldConfig[], string][] = [];
    const props: FieldRendererProps<GroupConfig, undefined> = {
      config, name: 'thanhVien.1.thongTinNguoiKhai', value: undefined, onChange: () => undefined, onBlur: () => undefined,
      inputId: 'f-x', describedBy: undefined, invalid: false, readOnly: false, locale: 'vi', t: fieldText('vi'),
      label: 'Thông tin người khai', hint: undefined,
      renderFields: (fields, prefix) => {
        calls.push([fields, prefix]);
        return fields.map((field) => <p key={field.id}>{prefix + field.id}</p>);
      },
    };
    render(<GroupRenderer {...props} />);
    expect(calls).toEqual([[config.fields, 'thanhVien.1.']]);
    expect(screen.getByText('thanhVien.1.hoTenNguoiKhai')).toBeInTheDocument();
  });
});
