import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { getSyntheticRegistry } from '@mocks/data/synthetic';
import { personalDocumentsOf } from '@mocks/data/synthetic/personal-documents';
import { clearFaults, setFault } from '@mocks/faults';
import { axeViolations } from '@tests/utils/axe';
import { signIn, signOut } from '@tests/utils/sign-in';
import type { Attachment } from '@/lib/api-contract/attachments';
import { fileField } from '.';
import type { FileConfig } from './file.config';
import { fileExamples } from './file.examples';
import { fieldText } from '@tests/utils/field-text';

/** The birth registration's giấy chứng sinh field: one file, reusable from the mother's store. */
const birthCertificateField: FileConfig = {
  ...fileExamples.default, id: 'giayChungSinh', label: { vi: 'Giấy chứng sinh', en: 'Birth certificate' }, reuse: ['giay-chung-sinh'],
};
const landScans: FileConfig = fileExamples.landCertificateScans;

const registry = getSyntheticRegistry();
const storeOf = (persona: string, kind: string) => {
  const id = registry.personas.find((candidate) => candidate.id === persona)?.soDinhDanh ?? '';
  return personalDocumentsOf(registry, id).map(({ document }) => document).filter((document) => document.kind === kind);
};

function renderField(config: FileConfig, value: Attachment[] = []) {
  const changes: Attachment[][] = [];
  function Harness() {
    const [answer, setAnswer] = useState<Attachment[]>(value);
    const Renderer = fileField.Renderer;
    return (
      <div>
        <label htmlFor="f">{config.label.vi}</label>
        <Renderer
          config={config} name={config.id} value={answer} inputId="f" describedBy={undefined} invalid={false} readOnly={false} locale="vi" t={fieldText('vi')} label={config.label.vi} hint={undefined} renderFields={() => null}
          onBlur={() => undefined}
          onChange={(next) => {
            changes.push(next);
            setAnswer(next);
          }}
        />
      </div>
    );
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { container } = render(<QueryClientProvider client={client}><Harness /></QueryClientProvider>);
  return { user: userEvent.setup(), changes, container };
}

afterEach(() => {
  cleanup(); // before signing out: the field listens to the session
  clearFaults();
  signOut();
});

describe('reusing a document from the personal data store', () => {
  it('offers the mother her newborn’s electronic giấy chứng sinh, attaches it without upload, and lets her remove it', async () => {
    // Given chi-lan, signed in, whose store holds her newborn's giấy chứng sinh
    await signIn('chi-lan');
    const [certificate] = storeOf('chi-lan', 'giay-chung-sinh');
    if (!certificate) throw new Error('chi-lan’s store holds no giấy chứng sinh');
    const { user, changes } = renderField(birthCertificateField);

    // Then it is offered with its title, number, issue date (dd/mm/yyyy) and issuer
    const offer = await screen.findByRole('group', { name: 'Dùng giấy tờ điện tử đã có' });
    const item = within(offer).getByText(certificate.title.vi).closest('li');
    if (!item) throw new Error('the document is not a list item');
    expect(item).toHaveTextContent(certificate.number);
    expect(item).toHaveTextContent(certificate.issuedOn.split('-').reverse().join('/'));
    expect(item).toHaveTextContent(certificate.issuer.vi);

    // When she chooses it
    await user.click(within(offer).getByRole('button', { name: `Dùng giấy tờ này: ${certificate.title.vi}, số ${certificate.number}` }));

    // Then the answer holds the document's attachment, marked as reused, listed without upload
    expect(changes.at(-1)).toEqual([{ ...certificate.attachment, reusedFrom: { documentId: certificate.id, kind: 'giay-chung-sinh' } }]);
    const list = screen.getByRole('list', { name: 'Tệp đã đính kèm' });
    expect(within(list).getByText('Giấy tờ điện tử — không cần tải lên')).toBeInTheDocument();
    expect(within(offer).getByText('Đang dùng')).toBeInTheDocument();
    expect(screen.getByText(`Đã chọn giấy tờ “${certificate.title.vi}”.`)).toHaveAttribute('aria-live', 'polite');

    // When she removes it, the field is empty and the document offered again
    await user.click(within(list).getByRole('button', { name: `Xoá tệp ${certificate.attachment.name}` }));
    expect(changes.at(-1)).toEqual([]);
    expect(within(offer).getByRole('button', { name: /^Dùng giấy tờ này/ })).toBeInTheDocument();
  });

  it('offers checkboxes when several files fit, and unticking removes the document', async () => {
    // Given chu-tam, who holds several land-use certificates, on a field taking up to 4 files
    await signIn('chu-tam');
    const [first, second] = storeOf('chu-tam', 'giay-chung-nhan-quyen-su-dung-dat');
    if (!first || !second) throw new Error('chu-tam holds fewer than two land-use certificates');
    const { user, changes } = renderField(landScans);

    // When he ticks two of them
    await user.click(await screen.findByRole('checkbox', { name: first.title.vi }));
    await user.click(screen.getByRole('checkbox', { name: second.title.vi }));
    expect(changes.at(-1)?.map((file) => file.reusedFrom?.documentId)).toEqual([first.id, second.id]);

    // When he unticks the first, only the second stays
    await user.click(screen.getByRole('checkbox', { name: first.title.vi }));
    expect(changes.at(-1)?.map((file) => file.id)).toEqual([second.attachment.id]);
    expect(screen.getByRole('checkbox', { name: second.title.vi })).toBeChecked();
  });

  it('still lets the citizen upload when the store cannot be reached', async () => {
    // Given the data store is down
    await signIn('chi-lan');
    setFault('kho-du-lieu', 'error');
    renderField(birthCertificateField);

    // Then a quiet status says so, nothing is offered, and the upload control is there
    expect(await screen.findByText('Chưa tải được giấy tờ điện tử đã lưu. Bạn vẫn có thể tải tệp lên.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('group', { name: 'Dùng giấy tờ điện tử đã có' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Giấy chứng sinh')).toHaveAttribute('type', 'file');
  });

  it('offers documents accessibly, as buttons and as checkboxes', async () => {
    await signIn('chu-tam');
    const { container, user } = renderField(landScans);
    const [box] = await screen.findAllByRole('checkbox', { name: /^Giấy chứng nhận quyền sử dụng đất/ });
    if (box) await user.click(box);
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    const single = renderField({ ...landScans, maxFiles: 1 });
    await screen.findAllByRole('button', { name: /^Dùng giấy tờ này: Giấy chứng nhận quyền sử dụng đất/ });
    expect(await axeViolations(single.container)).toEqual([]);
  });

  it('says "looking" while the store answers', async () => {
    await signIn('chi-lan');
    setFault('kho-du-lieu', 'slow');
    renderField(birthCertificateField);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tìm giấy tờ điện tử của bạn…');
  });

  it('offers nothing, and asks nothing of the store, when nobody is signed in', () => {
    renderField(birthCertificateField);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Giấy chứng sinh')).toBeInTheDocument();
  });

  it('does not offer a document to someone whose store does not hold that kind', async () => {
    // anh-hung is the father: the hospital sent the giấy chứng sinh to the mother's store
    await signIn('anh-hung');
    renderField(birthCertificateField);
    await waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());
    expect(screen.queryByRole('button', { name: /Dùng giấy tờ này/ })).not.toBeInTheDocument();
  });
});

describe('the answer summary', () => {
  it('says which file was reused from the store', () => {
    const reused: Attachment = { id: 'kho-1', name: 'giay-chung-sinh-1.pdf', size: 2048, type: 'application/pdf', reusedFrom: { documentId: 'gt-1', kind: 'giay-chung-sinh' } };
    const context = { locale: 'vi' as const, t: (key: string) => key, formatField: () => '' };
    expect(fileField.formatAnswer([reused], birthCertificateField, context)).toBe('giay-chung-sinh-1.pdf (2 KB) — fields:file.reuse.summary');
  });
});
