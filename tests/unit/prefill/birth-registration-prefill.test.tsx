import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { birthRegistrationForm } from '@mocks/data/forms/birth-registration';
import { defaultAnswers } from '@/engine/default-answers';
import { parseFormSchema } from '@/engine/parse-form-schema';
import { submissionAnswers } from '@/engine/submission-answers';
import { validateForm } from '@/engine/validate';
import { computeOrigins } from '@/prefill/origins';
import type { PrefillEntries } from '@/prefill/prefill-entry';
import { PrefillProvider, usePrefillModel } from '@/prefill/prefill-provider';
import { EFormProvider } from '@/renderer/eform-provider';
import { personaRecord } from '../../utils/personas';
import { createTestQueryClient } from '../../utils/render-form-page';
import { signIn, signOut } from '../../utils/sign-in';

interface Probe {
  values(): Record<string, unknown>;
  set(path: string, value: unknown): void;
  entries: PrefillEntries;
}

function ProbeReporter({ onChange }: { onChange(probe: Probe): void }) {
  const { getValues, setValue } = useFormContext();
  const { entries } = usePrefillModel();
  useEffect(() => {
    onChange({ values: () => getValues(), set: (path, value) => setValue(path, value), entries });
  });
  return null;
}

const parsed = parseFormSchema(birthRegistrationForm);
if (!parsed.ok) throw new Error('the birth registration form is invalid');
const schema = parsed.schema;

describe('the birth registration form, for the mother "chi-lan"', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from the databases except what only the citizen can say', async () => {
    await signIn('chi-lan');
    let probe: Probe | undefined;
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <EFormProvider schema={schema} defaultValues={defaultAnswers(schema)}>
          <PrefillProvider schema={schema}>
            <ProbeReporter
              onChange={(next) => {
                probe = next;
              }}
            />
          </PrefillProvider>
        </EFormProvider>
      </QueryClientProvider>,
    );
    const current = () => {
      if (!probe) throw new Error('not rendered');
      return probe;
    };
    // Every own source answers; the mother is the citizen herself, read without consent
    await waitFor(() => expect(Object.keys(current().entries)).toEqual(expect.arrayContaining(['nycHoTen', 'treHoTen', 'meHoTen', 'ketHonSo', 'chaSoDinhDanh'])));

    // The father agrees to share his data (the one thing about him the citizen must do)
    act(() => current().set('chaDongYChiaSe', true));
    await waitFor(() => expect(current().entries.chaHoTen?.original).toBe(personaRecord('anh-hung').hoTen));

    // What only she can say
    const typed = { nycQuanHe: 'me', treDanToc: '01', treQuocTich: 'VN', treQueQuan: 'Xã Phú Nghĩa, Thành phố Đồng Nai', yeuCauBanSao: false, cachNhanKetQua: 'trucTuyen', camDoan: true };
    act(() => Object.entries(typed).forEach(([path, value]) => current().set(path, value)));

    const answers = submissionAnswers(schema, current().values());
    expect(validateForm(schema, current().values())).toEqual(new Map());
    const origins = computeOrigins(answers, current().entries);
    const byKind = (kind: string) => Object.keys(origins).filter((path) => origins[path]?.kind === kind);
    expect(byKind('typed')).toEqual([...Object.keys(typed).slice(0, 4), 'chaDongYChiaSe', 'giayChungSinh', 'giayToKhac', ...Object.keys(typed).slice(4)]);
    expect({ prefilled: byKind('prefilled').length, of: Object.keys(answers).length }).toEqual({ prefilled: 31, of: 41 });
  });
});
