import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { FieldRendererProps } from '../field-definition';
import { firstIssueKey } from '../shared/first-issue';
import { addressField } from '.';
import { addressAnswerSchema, emptyAddress, type AddressAnswer } from './address.answer';
import type { AddressConfig } from './address.config';
import { addressExamples } from './address.examples';
import { addressMessages } from './address.messages';
import addressMessagesEn from './address.messages.en';
import { AddressRenderer } from './address.renderer';
import { provinceWardsSchema } from './address.units';
import { provinces, wardInProvince } from './provinces';
import { fieldText } from '@tests/utils/field-text';

const config: AddressConfig = addressExamples.default;
const full: AddressAnswer = {
  provinceCode: '01', provinceName: 'Thành phố Hà Nội', wardCode: '00004', wardName: 'Phường Ba Đình', street: 'Số 12 ngõ 5 phố Huế',
};

describe('address answer', () => {
  it.each([
    ['a full address', config, full, ''],
    ['nothing when required', config, emptyAddress, 'fields:common.errors.required'],
    ['nothing when optional', { ...config, required: false }, emptyAddress, ''],
    ['a street but no province', { ...config, required: false }, { ...emptyAddress, street: 'Số 1' }, 'fields:address.errors.province'],
    ['an old (pre-2025) province code', config, { ...full, provinceCode: '02' }, 'fields:address.errors.provinceUnknown'],
    ['no ward', config, { ...full, wardCode: '', wardName: '' }, 'fields:address.errors.ward'],
    ['a ward code of 4 digits', config, { ...full, wardCode: '0004' }, 'fields:address.errors.wardUnknown'],
    ['no street', config, { ...full, street: '  ' }, 'fields:address.errors.street'],
    ['no street when not asked for', addressExamples.registeringOffice, { ...full, street: '' }, ''],
    ['an emoji in the street', config, { ...full, street: 'Số 1 🏠' }, 'fields:address.errors.streetEmoji'],
    ['a line break in the street', config, { ...full, street: 'Số 1\nphố Huế' }, 'fields:address.errors.streetCharacters'],
    ['201 characters of street', config, { ...full, street: 'a'.repeat(201) }, 'fields:address.errors.streetTooLong'],
    ['not an object', config, 'Hà Nội', 'fields:common.errors.required'],
  ])('%s', (_case, fieldConfig: AddressConfig, answer, expected) => {
    expect(firstIssueKey(addressAnswerSchema(fieldConfig), answer)).toBe(expected);
  });
});

describe('address definition', () => {
  const context = { locale: 'en' as const, t: (key: string) => key, formatField: () => '' };

  it('formats street, ward and province, as the registers write them', () => {
    expect(addressField.formatAnswer(full, config, context)).toBe('Số 12 ngõ 5 phố Huế, Phường Ba Đình, Thành phố Hà Nội');
    expect(addressField.formatAnswer({ ...full, street: '' }, config, context)).toBe('Phường Ba Đình, Thành phố Hà Nội');
    expect(addressField.formatAnswer(emptyAddress, config, context)).toBe('');
  });

  it.each([
    ['a register address with names', { tinh: 'Hà Nội', xa: { ma: '00004', ten: 'Phường Ba Đình' }, chiTiet: ' Số 12 ngõ 5 phố Huế ' }, full],
    ['a province code and a commune name', { tinh: { ma: '79' }, xa: 'Phường Sài Gòn' },
      { provinceCode: '79', provinceName: 'Thành phố Hồ Chí Minh', wardCode: '', wardName: 'Phường Sài Gòn', street: '' }],
    ['an answer', { provinceCode: '01', provinceName: 'Thành phố Hà Nội', wardCode: '00004', wardName: 'Phường Ba Đình' }, { ...full, street: '' }],
    ['an unknown province', { tinh: 'Hà Tây' }, undefined],
    ['plain text', 'Số 12 phố Huế, Hà Nội', undefined],
  ])('coerces %s', (_case, raw, expected) => {
    expect(addressField.prefill?.coerce(raw, config)).toEqual(expected);
  });

  it('bundles the 34 provinces whose ward files the build ships, with the mock registries’ wards', () => {
    const units = provinces.map(({ code }) => provinceWardsSchema.parse(JSON.parse(readFileSync(`public/data/admin-units/${code}.json`, 'utf8'))));
    expect(units.map((unit) => unit.code)).toEqual(provinces.map((province) => province.code));
    expect(units.reduce((sum, unit) => sum + unit.wards.length, 0)).toBe(3321);
    expect(new Set(provinces.map((province) => province.code)).size).toBe(34);
    const whole = JSON.parse(readFileSync('mocks/data/admin-units.json', 'utf8')) as { provinces: { code: string; fullName: string; wards: unknown }[] };
    expect(whole.provinces.map(({ code, fullName, wards }) => ({ code, fullName, wards }))).toEqual(
      provinces.map(({ code, fullName }, index) => ({ code, fullName, wards: units[index]?.wards })),
    );
  });

  it('places every ward in its own province’s code ranges and in no other', () => {
    const units = provinces.map(({ code }) => provinceWardsSchema.parse(JSON.parse(readFileSync(`public/data/admin-units/${code}.json`, 'utf8'))));
    for (const unit of units) {
      for (const [wardCode] of unit.wards) {
        expect(provinces.filter((province) => wardInProvince(province, wardCode)).map((province) => province.code)).toEqual([unit.code]);
      }
    }
  });

  it('accepts its examples and has every message in both languages', () => {
    for (const example of Object.values(addressExamples)) expect(addressField.configSchema.safeParse(example).success).toBe(true);
    expect(Object.keys(addressMessagesEn)).toEqual(Object.keys(addressMessages));
    expect(Object.keys(addressMessagesEn.errors)).toEqual(Object.keys(addressMessages.errors));
  });
});

/** Slices of the real ward files: enough to search, choose and switch provinces. */
const fixture: Record<string, [string, string, string][]> = {
  '01': [['00004', 'Phường Ba Đình', 'Ba Dinh Ward'], ['00292', 'Phường Bạch Mai', 'Bach Mai Ward'], ['09877', 'Xã An Khánh', 'An Khanh Commune']],
  '79': [['26734', 'Phường Sài Gòn', 'Sai Gon Ward']],
};
/** Answers a province's ward file, as the static host would. */
const ok = async (url: URL | string) => {
  const code = /admin-units\/(\d{2})\.json$/.exec(String(url))?.[1] ?? '';
  const wards = fixture[code];
  return wards
    ? new Response(JSON.stringify({ code, wards }), { status: 200, headers: { 'Content-Type': 'application/json' } })
    : new Response('', { status: 404 });
};

function renderAddress(options: { value?: AddressAnswer; readOnly?: boolean; fieldConfig?: AddressConfig } = {}) {
  const changes: AddressAnswer[] = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  function Harness() {
    const [value, setValue] = useState<AddressAnswer>(options.value ?? addressField.emptyAnswer(config));
    const props: FieldRendererProps<AddressConfig, AddressAnswer> = {
      config: options.fieldConfig ?? config, name: 'diaChi', value, onBlur: () => undefined, inputId: 'f-diaChi',
      onChange: (next) => {
        changes.push(next);
        setValue(next);
      },
      describedBy: undefined, invalid: false, readOnly: options.readOnly ?? false, locale: 'vi', t: fieldText('vi'),
      label: 'Địa chỉ', hint: undefined, renderFields: () => null,
    };
    return <AddressRenderer {...props} />;
  }
  render(<QueryClientProvider client={client}><Harness /></QueryClientProvider>);
  return { user: userEvent.setup(), changes };
}

describe('AddressRenderer', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('searches without diacritics, narrows wards to the province and keeps names in the answer', async () => {
    const fetchMock = vi.fn(async (url: URL, _init?: RequestInit) => ok(url));
    vi.stubGlobal('fetch', fetchMock);
    const { user, changes } = renderAddress();
    const province = screen.getByRole('combobox', { name: 'Tỉnh/Thành phố' });
    expect(province).toHaveAttribute('id', 'f-diaChi');
    expect(screen.getByRole('combobox', { name: 'Xã/Phường/Đặc khu' })).toBeDisabled();
    expect(fetchMock).not.toHaveBeenCalled(); // no province, no wards to fetch
    await user.type(province, 'ha noi');
    await user.click(screen.getByRole('option', { name: 'Thành phố Hà Nội' }));
    const ward = screen.getByRole('combobox', { name: 'Xã/Phường/Đặc khu' });
    await waitFor(() => expect(ward).toBeEnabled());
    await user.type(ward, 'sai gon');
    expect(screen.getByText('Không có kết quả phù hợp')).toBeInTheDocument();
    await user.clear(ward);
    await user.type(ward, 'bach');
    await user.click(screen.getByRole('option', { name: 'Phường Bạch Mai' }));
    await user.type(screen.getByRole('textbox', { name: 'Địa chỉ chi tiết' }), 'Số 1');
    expect(changes.at(-1)).toEqual({ provinceCode: '01', provinceName: 'Thành phố Hà Nội', wardCode: '00292', wardName: 'Phường Bạch Mai', street: 'Số 1' });
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(['http://localhost:3000/data/admin-units/01.json']);
  });

  it('clears the ward when the province changes, and lists the new province’s wards', async () => {
    vi.stubGlobal('fetch', vi.fn(ok));
    const { user, changes } = renderAddress({ value: full });
    const province = screen.getByRole('combobox', { name: 'Tỉnh/Thành phố' });
    await user.clear(province);
    await user.type(province, 'chi minh');
    await user.click(screen.getByRole('option', { name: 'Thành phố Hồ Chí Minh' }));
    expect(changes.at(-1)).toMatchObject({ provinceCode: '79', wardCode: '', wardName: '', street: full.street });
    const ward = screen.getByRole('combobox', { name: 'Xã/Phường/Đặc khu' });
    expect(ward).toHaveValue('');
    await waitFor(() => expect(ward).toBeEnabled());
    await user.type(ward, 'ba dinh');
    expect(screen.getByText('Không có kết quả phù hợp')).toBeInTheDocument();
    await user.clear(ward);
    await user.type(ward, 'sai');
    expect(screen.getByRole('option', { name: 'Phường Sài Gòn' })).toBeInTheDocument();
  });

  it('fetches nothing for a province code that is not one of the 34 (a tampered draft)', () => {
    const fetchMock = vi.fn(ok);
    vi.stubGlobal('fetch', fetchMock);
    renderAddress({ value: { ...full, provinceCode: '../../api/drafts' } });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole('combobox', { name: 'Xã/Phường/Đặc khu' })).toBeDisabled();
  });

  it('says it is loading, and keeps a chosen ward visible meanwhile', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined)));
    renderAddress({ value: full });
    expect(screen.getByText('Đang tải danh sách xã/phường…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('combobox', { name: 'Xã/Phường/Đặc khu' })).toHaveValue('Phường Ba Đình');
  });

  it('reports a failed load, keeps what was typed and retries', async () => {
    const fetchMock = vi.fn<(url: URL) => Promise<Response>>().mockResolvedValueOnce(new Response('', { status: 503 })).mockImplementation(ok);
    vi.stubGlobal('fetch', fetchMock);
    const { user } = renderAddress();
    const street = screen.getByRole('textbox', { name: 'Địa chỉ chi tiết' });
    await user.type(street, 'Thôn 3');
    await user.type(screen.getByRole('combobox', { name: 'Tỉnh/Thành phố' }), 'ha noi');
    await user.click(screen.getByRole('option', { name: 'Thành phố Hà Nội' }));
    expect(await screen.findByText(/Không tải được danh sách xã\/phường/)).toHaveAttribute('role', 'status');
    expect(street).toHaveValue('Thôn 3');
    await user.click(screen.getByRole('button', { name: 'Tải lại danh sách' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Xã/Phường/Đặc khu' })).toBeEnabled());
    expect(screen.queryByText(/Không tải được/)).not.toBeInTheDocument();
    expect(street).toHaveValue('Thôn 3');
  });

  it('marks the street optional when not required, and cannot be edited when locked', async () => {
    vi.stubGlobal('fetch', vi.fn(ok));
    const { user, changes } = renderAddress({ value: full, readOnly: true, fieldConfig: addressExamples.registeringOffice });
    expect(screen.getByText('(không bắt buộc)')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Địa chỉ chi tiết/ }), 'x');
    await user.type(screen.getByRole('combobox', { name: 'Tỉnh/Thành phố' }), 'x');
    expect(changes).toEqual([]);
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });
});
