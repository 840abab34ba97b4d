import { createFormControl, type Resolver } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { createAnswerStore } from './answer-store';
import type { FormValues } from './form-resolver';

/** A real react-hook-form instance: every answer required, validated by a resolver as in the app. */
function setUp(defaultValues: FormValues) {
  const resolver: Resolver<FormValues> = (values, _context, options) => {
    const names = options.names && options.names.length > 0 ? options.names : Object.keys(values);
    const errors = Object.fromEntries(
      names.filter((name) => values[name] === '').map((name) => [name, { type: 'validate', message: 'validation.required' }]),
    );
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };
  const { formControl: form } = createFormControl<FormValues>({ defaultValues, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const store = createAnswerStore(form);
  const disconnect = store.connect();
  return { form, store, disconnect };
}

const submit = (form: ReturnType<typeof setUp>['form']) => form.handleSubmit(() => undefined)();

describe('answer store', () => {
  it('hands a change only to the field that changed, with a new snapshot for it alone', () => {
    const { store } = setUp({ hoTen: '', soDienThoai: '' });
    const name = vi.fn();
    const phone = vi.fn();
    store.subscribe('hoTen', name);
    store.subscribe('soDienThoai', phone);
    const phoneBefore = store.read('soDienThoai');

    store.change('hoTen', 'Nguyễn Thị Lan');

    expect(store.read('hoTen')).toEqual({ value: 'Nguyễn Thị Lan', error: undefined });
    expect(name).toHaveBeenCalledTimes(1);
    expect(phone).not.toHaveBeenCalled();
    expect(store.read('soDienThoai')).toBe(phoneBefore);
  });

  it('shows every error on submit, then re-checks a corrected answer as it is typed', async () => {
    const { form, store } = setUp({ hoTen: '', soDienThoai: '' });
    const phone = vi.fn();
    store.subscribe('hoTen', () => undefined);
    store.subscribe('soDienThoai', phone);

    await submit(form);
    expect(store.read('hoTen').error).toBe('validation.required');
    expect(store.read('soDienThoai').error).toBe('validation.required');
    phone.mockClear();

    store.change('hoTen', 'Lan');
    await vi.waitFor(() => expect(store.read('hoTen').error).toBeUndefined());
    expect(store.read('soDienThoai').error).toBe('validation.required');
    expect(phone).not.toHaveBeenCalled();
  });

  it('does not validate while typing before the first submit', async () => {
    const { store } = setUp({ hoTen: 'Lan' });
    store.subscribe('hoTen', () => undefined);
    store.change('hoTen', '');
    await Promise.resolve();
    expect(store.read('hoTen')).toEqual({ value: '', error: undefined });
  });

  it('announces citizen input before the value is set, and never a programmatic fill', () => {
    const { form, store } = setUp({ hoTen: '', ngaySinh: '' });
    const seen: string[] = [];
    store.onInput((path) => seen.push(`${path}=${String(form.getValues(path))}`));

    store.set('ngaySinh', '1990-05-12');
    store.change('hoTen', 'Lan');

    expect(seen).toEqual(['hoTen=']);
  });

  it('follows answers set from outside: fills, item answers and a reset', () => {
    const { form, store } = setUp({ hoTen: '', thanhVien: [{ hoTen: '' }] });
    const item = vi.fn();
    store.subscribe('thanhVien.0.hoTen', item);
    store.subscribe('hoTen', () => undefined);

    store.set('thanhVien.0.hoTen', 'Huỳnh Thanh Hùng');
    expect(store.read('thanhVien.0.hoTen').value).toBe('Huỳnh Thanh Hùng');
    expect(item).toHaveBeenCalledTimes(1);

    form.reset({ hoTen: 'Lan', thanhVien: [{ hoTen: '' }] });
    expect(store.read('hoTen').value).toBe('Lan');
    expect(store.read('thanhVien.0.hoTen').value).toBe('');
  });

  it('catches up with answers replaced before it connected (a child effect runs before its parent’s)', () => {
    const { formControl: form } = createFormControl<FormValues>({ defaultValues: { hoTen: '' } });
    const store = createAnswerStore(form);
    expect(store.read('hoTen').value).toBe('');
    const listener = vi.fn();
    store.subscribe('hoTen', listener);
    form.reset({ hoTen: 'Lan' });
    expect(listener).not.toHaveBeenCalled();

    store.connect();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.read('hoTen').value).toBe('Lan');
  });

  it('catches up with a change made between rendering a field and its subscribing', () => {
    const { store } = setUp({ hoTen: '' });
    expect(store.read('hoTen').value).toBe('');
    store.set('hoTen', 'Lan');
    store.subscribe('hoTen', () => undefined);
    expect(store.read('hoTen').value).toBe('Lan');
  });

  it('tells autosave of every change, typed or set, and of nothing else', async () => {
    const { form, store } = setUp({ hoTen: '', ngaySinh: '' });
    const changed = vi.fn();
    store.onChange(changed);

    store.change('hoTen', 'Lan');
    store.set('ngaySinh', '1990-05-12');
    expect(changed).toHaveBeenCalledTimes(2);

    changed.mockClear();
    form.reset({ hoTen: '', ngaySinh: '' });
    await submit(form);
    expect(changed).not.toHaveBeenCalled();
  });
});
