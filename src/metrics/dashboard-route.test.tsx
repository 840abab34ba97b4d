import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { resolveApiUrl } from '@/lib/api-client';
import { metricsPath, type Metrics, type SessionRow } from '@/lib/api-contract/metrics';
import { axeViolations } from '@tests/utils/axe';
import { renderApp } from '@tests/utils/render-app';
import { signIn } from '@tests/utils/sign-in';
import { errorFields, percentile, satisfactionStats, timingStats } from './aggregate';
import { sessionsCsv } from './export';

const summary = (overrides: Partial<SessionRow['summary']> = {}): SessionRow['summary'] => ({
  activeSeconds: 0, idleSeconds: 0, pages: [], fieldsTyped: 0, fieldsPrefilled: 0, fieldsCorrected: 0, validationErrors: 0,
  errorsByField: {}, submitted: true, ...overrides,
});
const row = (id: string, seconds: number | undefined, overrides: Partial<SessionRow> = {}): SessionRow => ({
  id, sample: false, formId: 'dang-ky-khai-sinh', procedureCode: '1.001193', personaId: 'chi-lan',
  startedAt: '2026-11-20T09:00:00.000+07:00', ...(seconds === undefined ? {} : { loginToSubmitSeconds: seconds }),
  summary: summary({ predictedSeconds: 180 }), events: [], ...overrides,
});

// Known figures: 4 dossiers at 2, 4, 6 and 10 minutes, one session abandoned
const known: Metrics = {
  sessions: [
    row('a', 120, { summary: summary({ pages: [{ pageId: 'tre', seconds: 60, visits: 1 }], errorsByField: { treTen: 2 }, validationErrors: 2, predictedSeconds: 180 }) }),
    row('b', 240, { summary: summary({ pages: [{ pageId: 'tre', seconds: 120, visits: 2 }], errorsByField: { treTen: 1, email: 1 }, validationErrors: 2, predictedSeconds: 180 }) }),
    row('c', 360, { formId: 'dang-ky-ket-hon', procedureCode: '1.000894', personaId: 'anh-khoa' }),
    row('d', 600),
    row('e', undefined, { summary: summary({ submitted: false }) }),
  ],
  ratings: [
    { dossierCode: 'X-261120-0001', sample: false, formId: 'dang-ky-khai-sinh', procedureCode: '1.001193', personaId: 'chi-lan', level: 'rat-hai-long', easeOfUse: 'hai-long', overallService: 'hai-long', ratedAt: '2026-11-20T10:00:00.000+07:00' },
    { dossierCode: 'X-261120-0002', sample: false, formId: 'dang-ky-khai-sinh', procedureCode: '1.001193', personaId: 'chi-lan', level: 'hai-long', easeOfUse: 'hai-long', overallService: 'hai-long', ratedAt: '2026-11-20T10:00:00.000+07:00' },
    { dossierCode: 'X-261120-0003', sample: false, formId: 'dang-ky-khai-sinh', procedureCode: '1.001193', personaId: 'chi-lan', level: 'hai-long', easeOfUse: 'hai-long', overallService: 'hai-long', ratedAt: '2026-11-20T10:00:00.000+07:00' },
    { dossierCode: 'X-261120-0004', sample: false, formId: 'dang-ky-ket-hon', procedureCode: '1.000894', personaId: 'anh-khoa', level: 'khong-hai-long', reason: 'Trang tải chậm', easeOfUse: 'khong-hai-long', overallService: 'khong-hai-long', ratedAt: '2026-11-20T10:00:00.000+07:00' },
  ],
  runs: [],
  sample: { present: false },
};

describe('the testers’ figures', () => {
  it('computes mean, median, p90, shares under the targets and satisfaction from known sessions', () => {
    const stats = timingStats(known.sessions);
    expect(stats).toMatchObject({ sessions: 5, submitted: 4, mean: 330, median: 240, p90: 600, under5: 0.5, under8: 0.75, meanPredicted: 180 });
    expect(stats.bins.slice(0, 11)).toEqual([0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 1]);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(errorFields(known.sessions)[0]).toEqual({ formId: 'dang-ky-khai-sinh', fieldId: 'treTen', errors: 3 });
    const satisfaction = satisfactionStats(known.ratings);
    expect(satisfaction).toMatchObject({ ratings: 4, satisfiedShare: 0.75, counts: { 'rat-hai-long': 1, 'hai-long': 2, 'khong-hai-long': 1 } });
    expect(satisfaction.reasons).toEqual([{ dossierCode: 'X-261120-0004', formId: 'dang-ky-ket-hon', reason: 'Trang tải chậm' }]);
  });

  it('exports the raw sessions as CSV, one line each', () => {
    const lines = sessionsCsv(known.sessions).trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^id,sample,formId,procedureCode,personaId/);
    expect(lines[1]).toMatch(/^a,false,dang-ky-khai-sinh,1\.001193,chi-lan,,,2026-11-20T09:00:00\.000\+07:00,,120,/);
  });
});

describe('the testers’ dashboard', () => {
  it('shows the figures of the sessions against the targets, with text alternatives', async () => {
    server.use(http.get(resolveApiUrl(metricsPath).href, () => HttpResponse.json(known)));
    await signIn('kiem-thu-vien');
    const { container } = renderApp('/kiem-thu');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bảng theo dõi trải nghiệm' }, { timeout: 8000 })).toBeInTheDocument();
    const timing = screen.getByRole('region', { name: 'Thời gian đăng nhập → nộp hồ sơ' });
    const figure = (label: string) => within(timing).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(figure('Số phiên')).toBe('5');
    expect(figure('Trung bình')).toBe('5:30');
    expect(figure('Trung vị')).toBe('4:00');
    expect(figure('P90')).toBe('10:00');
    expect(figure('Dưới 5 phút')).toBe('50 %');
    expect(figure('Dưới 8 phút')).toBe('75 %');
    expect(within(timing).getByRole('img', { name: /vạch đứng là mục tiêu 5 và 8 phút/ })).toBeInTheDocument();
    const satisfaction = screen.getByRole('region', { name: 'Mức độ hài lòng' });
    expect(within(satisfaction).getByRole('img', { name: 'Tỷ lệ hài lòng: 75 %' })).toBeInTheDocument();
    expect(within(satisfaction).getByText('Trang tải chậm')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is not shown to a citizen without the tester role', async () => {
    await signIn('chi-lan');
    renderApp('/kiem-thu');
    expect(await screen.findByRole('heading', { name: 'Cần quyền kiểm thử viên' }, { timeout: 8000 })).toBeInTheDocument();
  });
});
