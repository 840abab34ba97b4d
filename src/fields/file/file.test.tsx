import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRenderer } from '@tests/utils/render-renderer';
import type { Attachment } from '@/lib/api-contract/attachments';
import { firstIssue } from '../shared/first-issue';
import { fileField } from '.';
import { fileAnswerSchema } from './file.answer';
import type { FileConfig } from './file.config';
import { fileExamples } from './file.examples';
import { fileMessages } from './file.messages';
import fileMessagesEn from './file.messages.en';
import { FileRenderer } from './file.renderer';
import { describeAccept, formatFileSize, matchesAccept } from './file.rules';

/** The widget itself, as the registry's lazy renderer shows it once loaded. */
const loadedFileField = { ...fileField, Renderer: FileRenderer };

const config: FileConfig = fileExamples.default;
const scans: FileConfig = fileExamples.landCertificateScans;
const pdf: Attachment = { id: 'a1', name: 'giay-khai-sinh.pdf', size: 250_880, type: 'application/pdf' };
const mb = 1024 * 1024;

describe('file rules', () => {
  it.each([
    [{ name: 'scan.PDF', type: '' }, ['.pdf'], true],
    [{ name: 'anh.jpeg', type: 'image/jpeg' }, ['.jpg'], false],
    [{ name: 'anh', type: 'image/png' }, ['image/*'], true],
    [{ name: 'anh.png', type: 'image/png' }, ['application/pdf', 'image/png'], true],
    [{ name: 'virus.exe', type: 'application/x-msdownload' }, ['.pdf', 'image/*'], false],
  ])('%o with %j → %s', (file, accept, expected) => {
    expect(matchesAccept(file, accept)).toBe(expected);
  });

  it('describes formats and sizes for people', () => {
    expect(describeAccept(['.pdf', '.jpg', 'image/jpeg', 'image/png'])).toBe('PDF, JPG, PNG');
    expect(formatFileSize(250_880, 'vi')).toBe('245 KB');
    expect(formatFileSize(12, 'en')).toBe('1 KB');
    expect(formatFileSize(2.5 * mb, 'vi')).toBe('2,5 MB');
    expect(formatFileSize(2.5 * mb, 'en')).toBe('2.5 MB');
  });
});

describe('file answer', () => {
  it.each([
    ['one PDF', config, [pdf], undefined],
    ['nothing when required', config, [], 'fields:file.errors.required'],
    ['nothing when optional', { ...config, required: false }, [], undefined],
    ['two files when one is allowed', config, [pdf, { ...pdf, id: 'a2' }], 'fields:file.errors.tooMany'],
    ['a GIF', config, [{ ...pdf, name: 'anh.gif', type: 'image/gif' }], 'fields:file.errors.wrongType'],
    ['11 MB', config, [{ ...pdf, size: 11 * mb }], 'fields:file.errors.tooLarge'],
    ['an empty file', config, [{ ...pdf, size: 0 }], 'fields:file.errors.empty'],
    ['four scans by MIME type', scans, [1, 2, 3, 4].map((i) => ({ ...pdf, id: `s${i}`, name: `trang-${i}.jpg`, type: 'image/jpeg' })), undefined],
    ['not a list', config, 'giay-khai-sinh.pdf', 'fields:file.errors.required'],
  ])('%s', (_case, fieldConfig: FileConfig, answer, expected) => {
    expect(firstIssue(fileAnswerSchema(fieldConfig), answer)?.key).toBe(expected);
  });

  it('names the file and the limit', () => {
    expect(firstIssue(fileAnswerSchema(config), [{ ...pdf, size: 11 * mb }])?.values).toMatchObject({ name: 'giay-khai-sinh.pdf', max: 10 });
  });
});

describe('file definition', () => {
  const context = (locale: 'vi' | 'en') => ({ locale, t: (key: string) => key, formatField: () => '' });

  it('formats one line per file with its size', () => {
    const answer = [pdf, { ...pdf, id: 'a2', name: 'so-do.jpg', size: 2.5 * mb }];
    expect(fileField.formatAnswer(answer, config, context('vi'))).toBe('giay-khai-sinh.pdf (245 KB)\nso-do.jpg (2,5 MB)');
    expect(fileField.formatAnswer([], config, context('en'))).toBe('');
  });

  it('coerces documents held by an agency', () => {
    expect(fileField.prefill?.coerce(pdf, config)).toEqual([pdf]);
    expect(fileField.prefill?.coerce([pdf], config)).toEqual([pdf]);
    expect(fileField.prefill?.coerce('giay-khai-sinh.pdf', config)).toBeUndefined();
  });

  it('accepts its examples and has every message in both languages', () => {
    for (const example of Object.values(fileExamples)) expect(fileField.configSchema.safeParse(example).success).toBe(true);
    expect(fileField.configSchema.safeParse({ ...config, accept: ['pdf'] }).success).toBe(false);
    expect(Object.keys(fileMessagesEn)).toEqual(Object.keys(fileMessages));
    expect(Object.keys(fileMessagesEn.errors)).toEqual(Object.keys(fileMessages.errors));
  });
});

const json = (body: unknown, status = 201) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const fileOf = (name: string, type: string, size?: number) => {
  const file = new File(['%PDF-1.7 nội dung'], name, { type });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
};

describe('FileRenderer', () => {
  it('loads on first use: a short status, then the upload', async () => {
    renderRenderer(fileField, fileExamples.default);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải…');
    expect(await screen.findByLabelText(fileExamples.default.label.vi)).toHaveAttribute('type', 'file');
    expect(screen.queryByText('Đang tải…')).toBeNull();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('uploads a chosen file as multipart and lists it', async () => {
    const fetchMock = vi.fn(async (_url: URL, init?: RequestInit) => {
      const part = (init?.body as FormData).get('file') as File;
      return json({ id: 'srv-1', name: part.name, size: 250_880, type: part.type });
    });
    vi.stubGlobal('fetch', fetchMock);
    const { user, changes } = renderRenderer(loadedFileField, config);
    await user.upload(screen.getByLabelText('Tệp đính kèm'), fileOf('giay-khai-sinh.pdf', 'application/pdf'));
    const list = await screen.findByRole('list', { name: 'Tệp đã đính kèm' });
    expect(within(list).getByText(/giay-khai-sinh\.pdf/)).toHaveTextContent('giay-khai-sinh.pdf (245 KB)');
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('http://localhost:3000/api/attachments');
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('POST');
    expect(changes.at(-1)).toEqual([{ id: 'srv-1', name: 'giay-khai-sinh.pdf', size: 250_880, type: 'application/pdf' }]);
    expect(screen.getByText('Đã tải lên tệp “giay-khai-sinh.pdf”.')).toHaveAttribute('aria-live', 'polite');
  });

  it.each([
    ['a wrong type', fileOf('anh.gif', 'image/gif'), 'Tệp “anh.gif” không đúng định dạng: chỉ nhận PDF, JPG, JPEG, PNG'],
    ['a file over the limit', fileOf('ban-quet.pdf', 'application/pdf', 11 * mb), 'Tệp “ban-quet.pdf” lớn quá 10 MB'],
    ['an empty file', fileOf('rong.pdf', 'application/pdf', 0), 'Tệp “rong.pdf” trống (0 byte): hãy chọn lại tệp'],
  ])('rejects %s before uploading, naming the file', async (_case, file, text) => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup({ applyAccept: false });
    renderRenderer(loadedFileField, config);
    await user.upload(screen.getByLabelText('Tệp đính kèm'), file);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses more files than allowed', async () => {
    vi.stubGlobal('fetch', vi.fn());
    const { user } = renderRenderer(loadedFileField, config, { value: [pdf] });
    await user.upload(screen.getByLabelText('Tệp đính kèm'), fileOf('them.pdf', 'application/pdf'));
    expect(screen.getByRole('alert')).toHaveTextContent('Chưa thêm tệp “them.pdf”: chỉ được tải lên tối đa 1 tệp');
  });

  it('keeps other files when an upload fails, and retries it', async () => {
    const fetchMock = vi
      .fn<(url: URL, init?: RequestInit) => Promise<Response>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json({ id: 'srv-2', name: 'trang-2.jpg', size: 2 * mb, type: 'image/jpeg' }));
    vi.stubGlobal('fetch', fetchMock);
    const { user, changes } = renderRenderer(loadedFileField, scans, { value: [pdf] });
    await user.upload(screen.getByLabelText('Bản quét Giấy chứng nhận quyền sử dụng đất'), fileOf('trang-2.jpg', 'image/jpeg'));
    const retry = await screen.findByRole('button', { name: 'Thử lại tải lên tệp trang-2.jpg' });
    expect(screen.getByText(/Không tải lên được\. Kiểm tra kết nối mạng/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xoá tệp giay-khai-sinh.pdf' })).toBeInTheDocument();
    await user.click(retry);
    await waitFor(() => expect(changes.at(-1)?.map((file) => file.id)).toEqual(['a1', 'srv-2']));
    expect(screen.queryByRole('button', { name: /Thử lại/ })).not.toBeInTheDocument();
  });

  it('removes a file by its named button', async () => {
    const { user, changes } = renderRenderer(loadedFileField, scans, { value: [pdf, { ...pdf, id: 'a2', name: 'trang-2.jpg' }] });
    await user.click(screen.getByRole('button', { name: 'Xoá tệp giay-khai-sinh.pdf' }));
    expect(changes.at(-1)?.map((file) => file.name)).toEqual(['trang-2.jpg']);
    expect(screen.getByText('Đã xoá tệp “giay-khai-sinh.pdf”.')).toBeInTheDocument();
  });

  it('shows a locked answer without any way to change it', () => {
    renderRenderer(loadedFileField, config, { value: [pdf], readOnly: true, invalid: true });
    expect(screen.queryByLabelText('Tệp đính kèm')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(/giay-khai-sinh\.pdf/)).toBeInTheDocument();
  });
});
