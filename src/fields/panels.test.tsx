import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { Locale, LocalizedText } from '@/schema/localized-text';
import type { AnyFieldDefinition } from './field-definition';
import { fieldRegistry } from './registry';
import type { CheckboxesConfig } from './checkboxes/checkboxes.config';
import type { CitizenIdConfig } from './citizen-id/citizen-id.config';
import type { ContentConfig } from './content/content.config';
import type { DateConfig } from './date/date.config';
import type { FileConfig } from './file/file.config';
import type { MoneyConfig } from './money/money.config';
import type { NumberConfig } from './number/number.config';
import type { RadiosConfig } from './radios/radios.config';
import type { RepeatableGroupConfig } from './repeatable-group/repeatable-group.config';
import type { ChoiceOption } from './shared/choice-options';
import type { TextConfig } from './text/text.config';
import type { TextareaConfig } from './textarea/textarea.config';
import { examplesOf } from '@/fields/examples';

/** Types whose config has nothing beyond the shared properties (label, hint, required…). */
const withoutPanel = ['consent', 'yes-no', 'group'];

/** Renders a type's Panel as the builder does: controlled, every config handed on recorded. */
function renderPanel(definition: AnyFieldDefinition, config: BaseFieldConfig, locale: Locale = 'vi') {
  const changes: BaseFieldConfig[] = [];
  const Panel: NonNullable<AnyFieldDefinition['Panel']> | undefined = definition.Panel;
  if (!Panel) throw new Error(`${definition.type} has no Panel`);
  const Harness = () => {
    const [current, setCurrent] = useState(config);
    return (
      <Panel
        config={current}
        onChange={(next) => {
          changes.push(next);
          setCurrent(next);
        }}
        locale={locale}
      />
    );
  };
  const user = userEvent.setup();
  return { user, changes, ...render(<Harness />) };
}

/** A control by role and name, inside the named groups (fieldsets) from the outside in. */
interface Control {
  role: 'textbox' | 'checkbox' | 'combobox' | 'button' | 'group';
  name: string | RegExp;
  within?: readonly string[];
}

function find({ role, name, within: groups = [] }: Control): HTMLElement {
  let scope = document.body;
  for (const group of groups) scope = within(scope).getByRole('group', { name: group });
  return within(scope).getByRole(role, { name });
}

/** One control of a panel: what it shows for a config, one realistic edit, and that edit read back. */
interface ControlCase<C> {
  control: Control;
  /** Text in a box, value of a drop-down, ticked state of a checkbox, value of the chosen radio. */
  shows?(config: C): string | boolean;
  edit(user: UserEvent, element: HTMLElement): Promise<void>;
  made(out: C, before: C): void;
}

function expectShows(element: HTMLElement, expected: string | boolean) {
  if (typeof expected === 'boolean') {
    if (expected) expect(element).toBeChecked();
    else expect(element).not.toBeChecked();
  } else if (element.tagName === 'FIELDSET') {
    expect(within(element).getAllByRole('radio').find((radio) => (radio as HTMLInputElement).checked)).toHaveAttribute('value', expected);
  } else expect(element).toHaveValue(expected);
}

const retype = (text: string) => async (user: UserEvent, element: HTMLElement) => {
  await user.clear(element);
  await user.type(element, text);
};
const click = async (user: UserEvent, element: HTMLElement) => user.click(element);

const numberBox = <C,>(name: string | RegExp, read: (config: C) => number | undefined, typed: string, expected: number): ControlCase<C> => ({
  control: { role: 'textbox', name },
  shows: (config) => String(read(config) ?? ''),
  edit: retype(typed),
  made: (out) => expect(read(out)).toBe(expected),
});

const textBox = <C,>(control: Control, read: (config: C) => string | undefined, typed: string): ControlCase<C> => ({
  control,
  shows: (config) => read(config) ?? '',
  edit: retype(typed),
  made: (out) => expect(read(out)).toBe(typed),
});

const tick = <C,>(name: string | RegExp, read: (config: C) => boolean | undefined): ControlCase<C> => ({
  control: { role: 'checkbox', name },
  shows: (config) => read(config) === true,
  edit: click,
  made: (out, before) => expect(read(out)).toBe(!read(before)),
});

/**
 * Both boxes of a text in two languages. English is written beside Vietnamese, so when the
 * Vietnamese box is still empty the edit fills it too (English alone is not a text).
 */
const languages = <C,>(groups: readonly string[], read: (config: C) => LocalizedText | undefined, vi: string, en: string): ControlCase<C>[] => [
  textBox({ role: 'textbox', name: 'Tiếng Việt', within: groups }, (config) => read(config)?.vi, vi),
  {
    control: { role: 'textbox', name: 'Tiếng Anh', within: groups },
    shows: (config) => read(config)?.en ?? '',
    edit: async (user, element) => {
      await retype(en)(user, element);
      const viBox = find({ role: 'textbox', name: 'Tiếng Việt', within: groups });
      if ((viBox as HTMLInputElement).value === '') await user.type(viBox, vi);
    },
    made: (out) => expect(read(out)?.en).toBe(en),
  },
];

/** Picks a radio of a group other than the chosen one. */
const chooseOther = <C,>(legend: string, read: (config: C) => string, labels: readonly [RegExp, RegExp]): ControlCase<C> => ({
  control: { role: 'group', name: legend },
  shows: read,
  edit: async (user, group) => {
    const [first, second] = labels.map((label) => within(group).getByRole('radio', { name: label }));
    await user.click(first && !(first as HTMLInputElement).checked ? first : (second ?? group));
  },
  made: (out, before) => expect(read(out)).not.toBe(read(before)),
});

const widthCase = <C extends { width?: string }>(): ControlCase<C> => ({
  control: { role: 'combobox', name: 'Độ rộng ô nhập' },
  shows: (config) => config.width ?? 'full',
  edit: async (user, element) => user.selectOptions(element, (element as HTMLSelectElement).value === '30' ? '10' : '30'),
  made: (out, before) => expect(out.width).toBe(before.width === '30' ? '10' : '30'),
});

const expectedLength = <C extends { expectedLength?: number | undefined }>() =>
  numberBox<C>('Độ dài thường gặp của câu trả lời (số ký tự)', (config) => config.expectedLength, '25', 25);

const optionCases = <C extends { options: ChoiceOption[] }>(): ControlCase<C>[] => [
  textBox({ role: 'textbox', name: 'Giá trị lưu trong hồ sơ', within: ['Lựa chọn 1'] }, (config) => config.options[0]?.value, 'ma-moi'),
  ...languages<C>(['Lựa chọn 1', 'Nhãn hiển thị'], (config) => config.options[0]?.label, 'Nhãn mới', 'New label'),
  ...languages<C>(['Lựa chọn 2', 'Gợi ý dưới nhãn (không bắt buộc)'], (config) => config.options[1]?.hint, 'Gợi ý', 'Hint'),
  {
    control: { role: 'button', name: 'Thêm lựa chọn' },
    edit: click,
    made: (out, before) => {
      expect(out.options).toHaveLength(before.options.length + 1);
      expect(out.options.slice(0, -1)).toEqual(before.options);
    },
  },
  {
    control: { role: 'button', name: 'Chuyển xuống (lựa chọn 1)' },
    edit: click,
    made: (out, before) => expect(out.options.map((option) => option.value)).toEqual(
      [before.options[1], before.options[0], ...before.options.slice(2)].map((option) => option?.value),
    ),
  },
];

/** Every control of every panel; a type with a Panel and no entry here fails the suite. */
const cases: Record<string, ControlCase<never>[]> = {
  text: [
    numberBox<TextConfig>('Số ký tự tối đa', (config) => config.maxLength, '150', 150),
    {
      control: { role: 'textbox', name: 'Định dạng bắt buộc (biểu thức chính quy)' },
      shows: (config: TextConfig) => config.pattern?.regex ?? '',
      edit: async (user, element) => {
        await retype('^\\d+$')(user, element);
        const message = find({ role: 'textbox', name: 'Tiếng Việt', within: ['Thông báo lỗi khi không đúng định dạng'] });
        if ((message as HTMLInputElement).value === '') await user.type(message, 'Chỉ gồm chữ số');
      },
      made: (out: TextConfig) => expect(out.pattern?.regex).toBe('^\\d+$'),
    },
    ...languages<TextConfig>(['Thông báo lỗi khi không đúng định dạng'], (config) => config.pattern?.message, 'Sai định dạng', 'Wrong format').map((languageCase) => ({
      ...languageCase,
      edit: async (user: UserEvent, element: HTMLElement) => {
        await languageCase.edit(user, element);
        const regex = find({ role: 'textbox', name: 'Định dạng bắt buộc (biểu thức chính quy)' });
        if ((regex as HTMLInputElement).value === '') await user.type(regex, '^\\d+$');
      },
    })),
    widthCase<TextConfig>(),
    textBox<TextConfig>({ role: 'textbox', name: 'Gợi ý tự điền của trình duyệt (autocomplete)' }, (config) => config.autocomplete, 'family-name'),
    expectedLength<TextConfig>(),
  ],
  textarea: [
    numberBox<TextareaConfig>('Số ký tự tối đa', (config) => config.maxLength, '800', 800),
    numberBox<TextareaConfig>('Số dòng hiển thị', (config) => config.rows, '6', 6),
    expectedLength<TextareaConfig>(),
  ],
  number: [
    numberBox<NumberConfig>('Số chữ số sau dấu phẩy', (config) => config.decimals, '2', 2),
    numberBox<NumberConfig>('Giá trị nhỏ nhất', (config) => config.min, '2', 2),
    numberBox<NumberConfig>('Giá trị lớn nhất', (config) => config.max, '40,5', 40.5),
    ...languages<NumberConfig>(['Đơn vị tính'], (config) => config.unit, 'hộ', 'households'),
    widthCase<NumberConfig>(),
    expectedLength<NumberConfig>(),
  ],
  money: [
    numberBox<MoneyConfig>('Số tiền nhỏ nhất (đồng)', (config) => config.min, '2000', 2000),
    numberBox<MoneyConfig>('Số tiền lớn nhất (đồng)', (config) => config.max, '5000000', 5000000),
    widthCase<MoneyConfig>(),
    numberBox<MoneyConfig>('Số chữ số thường gặp của số tiền', (config) => config.expectedDigits, '6', 6),
  ],
  email: [numberBox('Số ký tự tối đa', (config: { maxLength: number }) => config.maxLength, '100', 100)],
  phone: [tick('Nhận cả số máy cố định', (config: { allowLandline: boolean }) => config.allowLandline)],
  'tax-code': [tick('Nhận số định danh cá nhân 12 chữ số', (config: { allowIndividual12: boolean }) => config.allowIndividual12)],
  address: [tick(/^Hỏi địa chỉ chi tiết/, (config: { requireStreet: boolean }) => config.requireStreet)],
  date: [
    { ...textBox<DateConfig>({ role: 'textbox', name: 'Ngày sớm nhất được nhận' }, (config) => config.min, '01/01/2000'), made: (out: DateConfig) => expect(out.min).toBe('2000-01-01') },
    { ...textBox<DateConfig>({ role: 'textbox', name: 'Ngày muộn nhất được nhận' }, (config) => config.max, '31/12/2030'), made: (out: DateConfig) => expect(out.max).toBe('2030-12-31') },
    chooseOther<DateConfig>(
      'Giới hạn theo ngày điền biểu mẫu',
      (config) => (config.notInFuture ? 'notInFuture' : config.notInPast ? 'notInPast' : 'any'),
      [/^Không được là ngày đã qua/, /^Không được là ngày trong tương lai/],
    ),
    numberBox<DateConfig>('Tuổi tối thiểu (năm)', (config) => config.minAgeYears, '16', 16),
    numberBox<DateConfig>('Tuổi tối đa (năm)', (config) => config.maxAgeYears, '100', 100),
  ].map((dateCase) => ({ ...dateCase, shows: dateCase.shows && ((config: DateConfig) => showDate(dateCase.shows?.(config))) })),
  radios: [...optionCases<RadiosConfig>(), tick('Xếp các lựa chọn trên cùng một dòng', (config: RadiosConfig) => config.inline)],
  checkboxes: [
    ...optionCases<CheckboxesConfig>(),
    numberBox<CheckboxesConfig>('Số mục được chọn ít nhất', (config) => config.minSelected, '1', 1),
    numberBox<CheckboxesConfig>('Số mục được chọn nhiều nhất', (config) => config.maxSelected, '3', 3),
  ],
  select: optionCases(),
  content: [
    chooseOther<ContentConfig>('Kiểu hiển thị', (config) => config.variant, [/^Ghi chú trong khung/, /^Tiêu đề của một phần/]),
    ...languages<ContentConfig>(['Nội dung thêm dưới nhãn'], (config) => config.body, 'Đoạn một', 'Paragraph one'),
  ],
  'citizen-id': [
    textBox<CitizenIdConfig>({ role: 'textbox', name: 'Mã trường ngày sinh để đối chiếu' }, (config) => config.dateOfBirthField, 'ngaySinhMe'),
    textBox<CitizenIdConfig>({ role: 'textbox', name: 'Mã trường giới tính để đối chiếu' }, (config) => config.sexField, 'gioiTinhMe'),
    textBox<CitizenIdConfig>({ role: 'textbox', name: 'Giá trị nghĩa là nam' }, (config) => config.sexValues.male, 'M'),
    textBox<CitizenIdConfig>({ role: 'textbox', name: 'Giá trị nghĩa là nữ' }, (config) => config.sexValues.female, 'F'),
  ],
  'repeatable-group': [
    numberBox<RepeatableGroupConfig>('Số mục ít nhất', (config) => config.minItems, '1', 1),
    numberBox<RepeatableGroupConfig>('Số mục nhiều nhất', (config) => config.maxItems, '5', 5),
    ...languages<RepeatableGroupConfig>(['Tên của một mục'], (config) => config.itemLabel, 'Người', 'Person'),
    ...languages<RepeatableGroupConfig>(['Chữ trên nút thêm mục'], (config) => config.addLabel, 'Thêm người', 'Add a person'),
  ],
  file: [
    {
      ...textBox<FileConfig>({ role: 'textbox', name: 'Định dạng tệp được nhận' }, (config) => config.accept.join(', '), '.pdf, .docx'),
      made: (out: FileConfig) => expect(out.accept).toEqual(['.pdf', '.docx']),
    },
    numberBox<FileConfig>('Dung lượng tối đa mỗi tệp (MB)', (config) => config.maxSizeMb, '2,5', 2.5),
    numberBox<FileConfig>('Số tệp tối đa', (config) => config.maxFiles, '3', 3),
    tick<FileConfig>('Giấy phép lái xe', (config) => config.reuse.includes('giay-phep-lai-xe')),
  ],
};

/** Dates show as citizens write them (dd/mm/yyyy); other values as they are. */
function showDate(shown: string | boolean | undefined): string | boolean {
  if (typeof shown !== 'string') return shown ?? '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(shown);
  return iso ? `${iso[3] ?? ''}/${iso[2] ?? ''}/${iso[1] ?? ''}` : shown;
}

const panelTypes = fieldRegistry.all().filter((definition) => definition.Panel !== undefined);
const namedExamplesOf = (definition: AnyFieldDefinition) => Object.entries(examplesOf(definition));
/**
 * Examples for the one-edit-per-control cases. A long option list (the 34 provinces) repeats the
 * same controls 34 times and costs a minute under jsdom, so it is shown and labelled above but
 * edited only through the smaller examples of the same type.
 */
const editableExamplesOf = (definition: AnyFieldDefinition) =>
  namedExamplesOf(definition).filter(([, example]) => ((example as { options?: unknown[] }).options?.length ?? 0) <= 12);
const casesOf = (definition: AnyFieldDefinition) => (cases[definition.type] ?? []) as ControlCase<BaseFieldConfig>[];

/** No `undefined` and no NaN anywhere: an emptied property is removed, never written as nothing. */
function expectNoHoles(value: unknown, path = 'config'): void {
  expect(value, path).not.toBeUndefined();
  expect(Number.isNaN(value), path).toBe(false);
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) expectNoHoles(inner, `${path}.${key}`);
  }
}

// Panels load lazily (citizens never download them): load each once, so every test renders synchronously.
beforeAll(async () => {
  for (const definition of panelTypes) {
    const Panel = definition.Panel;
    if (!Panel) continue;
    const { unmount } = render(
      <Suspense fallback={<p>loading</p>}>
        <Panel config={examplesOf(definition).default} onChange={() => undefined} locale="vi" />
      </Suspense>,
    );
    await waitFor(() => expect(screen.queryByText('loading')).not.toBeInTheDocument());
    unmount();
  }
});

describe('field panels', () => {
  it('every type whose config has properties of its own has a Panel, and every Panel is covered here', () => {
    const types = fieldRegistry.all().map((definition) => definition.type);
    expect(types.filter((type) => !fieldRegistry.get(type).Panel).sort()).toEqual([...withoutPanel].sort());
    expect(Object.keys(cases).sort()).toEqual(panelTypes.map((definition) => definition.type).sort());
  });

  describe.each(panelTypes.map((definition) => [definition.type, definition] as const))('%s', (_type, definition) => {
    it.each(namedExamplesOf(definition))('shows every property of example %s, and hands on nothing unedited', (_name, example) => {
      const { changes } = renderPanel(definition, example);
      for (const { control, shows } of casesOf(definition)) {
        if (shows) expectShows(find(control), shows(example));
      }
      expect(changes).toEqual([]);
    });

    it.each(namedExamplesOf(definition))('gives every control of example %s a visible label', (_name, example) => {
      const { container } = renderPanel(definition, example);
      const boxes = container.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea');
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box.labels?.length ?? 0, box.outerHTML).toBeGreaterThan(0);
      for (const button of container.querySelectorAll('button')) expect(button.textContent.trim()).not.toBe('');
    });

    const editCases = editableExamplesOf(definition).flatMap(([name, example]) =>
      casesOf(definition).map((controlCase) => [name, String(controlCase.control.name), example, controlCase] as const),
    );
    it.each(editCases)('example %s: an edit of “%s” round-trips through the config schema', async (_name, _control, example, controlCase) => {
      const { user, changes } = renderPanel(definition, example);
      await controlCase.edit(user, find(controlCase.control));
      const out = changes.at(-1);
      if (!out) throw new Error('the edit handed on no config');
      changes.forEach((change) => expectNoHoles(change));
      expect(definition.configSchema.parse(out)).toStrictEqual(out);
      controlCase.made(out, example);
    });
  });
});

describe('options editor', () => {
  const radios = fieldRegistry.get('radios');
  const values = (config: BaseFieldConfig | undefined) => (config as RadiosConfig | undefined)?.options.map((option) => option.value);
  const button = (name: string) => screen.getByRole('button', { name });

  it('adds options with values no other option uses, moves and removes them, focus following the option', async () => {
    const example = examplesOf(radios).default as RadiosConfig;
    const taken = { ...example, options: [...example.options, { value: 'lua-chon-5', label: { vi: 'Khác' } }] };
    const { user, changes } = renderPanel(radios, taken);
    await user.click(button('Thêm lựa chọn'));
    await user.click(button('Thêm lựa chọn'));
    expect(values(changes.at(-1))).toEqual(['truc-tiep', 'buu-chinh', 'truc-tuyen', 'lua-chon-5', 'lua-chon-6', 'lua-chon-7']);
    expect(within(screen.getByRole('group', { name: 'Lựa chọn 6' })).getByRole('textbox', { name: 'Giá trị lưu trong hồ sơ' })).toHaveFocus();

    await user.click(button('Chuyển lên (lựa chọn 2)'));
    expect(values(changes.at(-1))?.slice(0, 2)).toEqual(['buu-chinh', 'truc-tiep']);
    expect(button('Chuyển xuống (lựa chọn 1)')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Đã chuyển lựa chọn đến vị trí 1.');

    await user.click(button('Xoá (lựa chọn 1)'));
    expect(values(changes.at(-1))).toEqual(['truc-tiep', 'truc-tuyen', 'lua-chon-5', 'lua-chon-6', 'lua-chon-7']);
    expect(button('Xoá (lựa chọn 1)')).toHaveFocus();
    for (const change of changes) expect(radios.configSchema.safeParse(change).success).toBe(true);
  });

  it('never goes below two options nor moves past either end', async () => {
    renderPanel(radios, examplesOf(radios).sex as RadiosConfig);
    expect(button('Xoá (lựa chọn 1)')).toBeDisabled();
    expect(button('Chuyển lên (lựa chọn 1)')).toBeDisabled();
    expect(button('Chuyển xuống (lựa chọn 2)')).toBeDisabled();
  });

  it('keeps a minimum of ticked options possible', () => {
    const checkboxes = fieldRegistry.get('checkboxes');
    renderPanel(checkboxes, { ...(examplesOf(checkboxes).default as CheckboxesConfig), minSelected: 3 } as CheckboxesConfig);
    expect(button('Xoá (lựa chọn 3)')).toBeDisabled();
  });

  it('says when a typed value is empty or used twice, and keeps what was typed', async () => {
    const { user, changes } = renderPanel(radios, examplesOf(radios).sex as RadiosConfig);
    const value = within(screen.getByRole('group', { name: 'Lựa chọn 2' })).getByRole('textbox', { name: 'Giá trị lưu trong hồ sơ' });
    await user.clear(value);
    expect(value).toHaveAccessibleDescription(expect.stringContaining('Nhập giá trị lưu của lựa chọn này'));
    await user.type(value, 'nam');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription(expect.stringContaining('Giá trị này trùng với một lựa chọn khác'));
    expect(values(changes.at(-1))).toEqual(['nam', 'nam']);
  });
});

describe('panel boxes', () => {
  const number = fieldRegistry.get('number');
  const example = examplesOf(number).default as NumberConfig;

  it('removes an optional number when its box is cleared, never writing NaN', async () => {
    const { user, changes } = renderPanel(number, example);
    await user.clear(screen.getByRole('textbox', { name: 'Giá trị nhỏ nhất' }));
    const out = changes.at(-1) as NumberConfig;
    expect('min' in out).toBe(false);
    expect(out.max).toBe(50);
  });

  it('keeps a required number while its box is empty or not a number, and says why', async () => {
    const { user, changes } = renderPanel(number, example);
    const decimals = screen.getByRole('textbox', { name: 'Số chữ số sau dấu phẩy' });
    await user.clear(decimals);
    expect(decimals).toHaveAccessibleDescription(expect.stringContaining('Ô này không được để trống: nhập một số'));
    await user.type(decimals, '-');
    expect(decimals).toHaveValue('-');
    expect(decimals).toHaveAccessibleDescription(expect.stringContaining('Nhập một số, ví dụ 12 hoặc 0,5'));
    expect(changes).toEqual([]);
  });

  it('removes English when emptied, and an optional text emptied in both languages', async () => {
    const { user, changes } = renderPanel(number, example);
    const unit = screen.getByRole('group', { name: 'Đơn vị tính' });
    await user.clear(within(unit).getByRole('textbox', { name: 'Tiếng Anh' }));
    expect((changes.at(-1) as NumberConfig).unit).toStrictEqual({ vi: 'người' });
    await user.clear(within(unit).getByRole('textbox', { name: 'Tiếng Việt' }));
    expect('unit' in (changes.at(-1) as NumberConfig)).toBe(false);
  });

  it('stores Vietnamese trimmed once the author leaves the box', async () => {
    const { user, changes } = renderPanel(number, example);
    const vi = within(screen.getByRole('group', { name: 'Đơn vị tính' })).getByRole('textbox', { name: 'Tiếng Việt' });
    await user.type(vi, ' ');
    expect((changes.at(-1) as NumberConfig).unit?.vi).toBe('người ');
    await user.tab();
    expect((changes.at(-1) as NumberConfig).unit?.vi).toBe('người');
  });

  it('speaks the builder’s language', () => {
    renderPanel(number, example, 'en');
    expect(screen.getByRole('textbox', { name: 'Digits after the decimal point' })).toHaveValue('0');
    expect(within(screen.getByRole('group', { name: 'Unit' })).getByRole('textbox', { name: 'English' })).toHaveValue('people');
  });
});
