import type { TestRun } from '@/lib/api-contract/metrics';
import type { RatingLevel } from '@/lib/api-contract/ratings';
import type { TimingEvent, TimingEventInput } from '@/lib/api-contract/sessions';
import { parseFormSchema } from '@/engine/parse-form-schema';
import { allAnswerFields } from '@/engine/visibility';
import { klmOf } from '@/fields/klm';
import { predictFormTime } from '@/engine/predict-form-time';
import type { DossierTiming, StoredRating, StoredSession } from '../db/metrics-collections';
import { formatDossierCode, vietnamDateStamp, vietnamIsoString } from '../handlers/dossier-code';
import { seedForms } from './forms';
import { createRng, type Rng } from './synthetic/random';

/** The synthetic sample the dashboard shows on first start ("Dữ liệu mẫu"), all marked `sample`. */
export interface MetricsSample {
  sessions: StoredSession[];
  timings: DossierTiming[];
  ratings: StoredRating[];
  runs: TestRun[];
}

const personas = ['chi-lan', 'anh-hung', 'co-phuong', 'chu-tam', 'ba-xuan', 'anh-khoa'] as const;
const sampleRunId = 'mau-khai-sinh';
const sampleRunForm = 'dang-ky-khai-sinh';
const sampleParticipants = ['P01', 'P02', 'P03', 'P04', 'P05', 'P06'];

const reasons = [
  'Phải chờ tải trang lâu',
  'Không hiểu câu hỏi về nơi cư trú',
  'Không tải được tệp đính kèm lần đầu',
  'Thông báo lỗi khó hiểu',
  'Phải nhập lại thông tin đã có',
];

const forms = seedForms.flatMap((document) => {
  const parsed = parseFormSchema(document);
  return parsed.ok ? [parsed.schema] : [];
});

const level = (rng: Rng, satisfied: number): RatingLevel =>
  rng.weighted<RatingLevel>([
    ['rat-hai-long', satisfied * 0.5],
    ['hai-long', satisfied * 0.5],
    ['khong-hai-long', 1 - satisfied],
  ]);

/** One session's events: sign in, browse, pages with typing, pauses and errors, check, submit. */
function sessionEvents(rng: Rng, formIndex: number, start: number, dossierCode: string | undefined): TimingEvent[] {
  const schema = forms[formIndex];
  if (!schema) return [];
  const events: TimingEvent[] = [];
  let at = start;
  const push = (event: TimingEventInput) => events.push({ ...event, seq: events.length, at: Math.round(at) } as TimingEvent);
  const wait = (seconds: number) => {
    at += seconds * 1000;
  };
  push({ type: 'signed-in' });
  wait(rng.around(25, 15, 5, 90));
  push({ type: 'form-opened', formId: schema.id, formVersion: schema.version });
  const bound = schema.pages.flatMap((page) => allAnswerFields(page.fields)).filter((field) => field.prefill && rng.chance(0.85));
  const prefilled = new Set(bound.map((field) => field.id));
  // Novices are slower than KLM's expert: a factor per session, and the odd long pause
  const pace = rng.around(2.2, 0.8, 1.2, 4);
  const pauseOn = rng.chance(0.2) ? rng.int(0, schema.pages.length - 1) : -1;
  schema.pages.forEach((page, pageIndex) => {
    push({ type: 'page-entered', pageId: page.id });
    if (pageIndex === 0) {
      wait(1.5);
      push({ type: 'prefill-resolved', fieldIds: [...prefilled] });
    }
    const typed = allAnswerFields(page.fields).filter((field) => !prefilled.has(field.id));
    wait(rng.around(6, 3, 1, 20) + allAnswerFields(page.fields).filter((field) => prefilled.has(field.id)).length * 1.5);
    for (const field of typed) {
      wait(1.5);
      push({ type: 'first-input', fieldId: field.id });
      wait(klmOf(field).seconds * pace);
      push({ type: 'activity' });
    }
    if (pageIndex === pauseOn) wait(rng.around(140, 60, 70, 400));
    const [first, second] = typed.filter((field) => field.required !== false);
    if (first && rng.chance(0.25)) {
      const wrong = second && rng.chance(0.3) ? [first.id, second.id] : [first.id];
      push({ type: 'validation-error', pageId: page.id, fieldIds: wrong });
      for (const fieldId of wrong) {
        wait(rng.around(12, 6, 3, 40));
        push({ type: 'first-input', fieldId });
      }
    }
    wait(rng.around(2, 1, 0.5, 6));
    push({ type: 'page-left', pageId: page.id });
  });
  push({ type: 'page-entered', pageId: 'kiem-tra' });
  wait(rng.around(5, 3, 1, 30) + schema.pages.length * 2.5);
  const predicted = predictFormTime(schema, {}, (path) => prefilled.has(path));
  push({ type: 'submit-attempted', answerCount: predicted.answers, prefilledCount: predicted.prefilled, predictedSeconds: predicted.seconds });
  wait(rng.around(1.5, 0.8, 0.4, 5));
  if (dossierCode) push({ type: 'submit-acknowledged', dossierCode });
  return events;
}

/**
 * 140 sessions over the 28 days before `now` (6 of them a test run of the birth registration),
 * with their dossiers' login→submit and about two thirds rated. Same `now` day, same sample.
 */
export function generateMetricsSample(now: number): MetricsSample {
  const rng = createRng(`metrics-sample-${vietnamDateStamp(new Date(now))}`);
  const dayMs = 86_400_000;
  const sample: MetricsSample = {
    sessions: [],
    timings: [],
    ratings: [],
    runs: [
      {
        id: sampleRunId,
        name: 'Thử nghiệm mẫu: đăng ký khai sinh',
        formId: sampleRunForm,
        participants: sampleParticipants,
        createdAt: vietnamIsoString(new Date(now - 3 * dayMs)),
        sample: true,
      },
    ],
  };
  for (let index = 0; index < 140; index += 1) {
    const inRun = index < sampleParticipants.length;
    const formIndex = inRun ? forms.findIndex((form) => form.id === sampleRunForm) : rng.int(0, forms.length - 1);
    const schema = forms[formIndex];
    if (!schema) continue;
    const daysAgo = inRun ? 2 : rng.int(0, 27);
    const start = now - daysAgo * dayMs - rng.int(3_600, 30_000) * 1000;
    const submitted = inRun || rng.chance(0.88);
    const dossierCode = submitted ? formatDossierCode(`MAU.${schema.procedure.agencyCode}`, vietnamDateStamp(new Date(start)), index + 1) : undefined;
    const events = sessionEvents(rng, formIndex, start, dossierCode);
    const personaId = rng.pick(personas);
    const run = inRun ? { runId: sampleRunId, participant: sampleParticipants[index] ?? 'P00' } : undefined;
    sample.sessions.push({
      id: `mau-${String(index + 1).padStart(3, '0')}`,
      owner: `mau-${personaId}`,
      personaId,
      formId: schema.id,
      formVersion: schema.version,
      ...(run ? { run } : {}),
      tokenIssuedAt: start,
      createdAt: vietnamIsoString(new Date(start)),
      events,
      sample: true,
    });
    const acknowledged = events.at(-1);
    if (!dossierCode || acknowledged?.type !== 'submit-acknowledged') continue;
    const acceptedAt = acknowledged.at - 200;
    sample.timings.push({
      dossierCode,
      formId: schema.id,
      procedureCode: schema.procedure.code,
      personaId,
      tokenIssuedAt: start,
      acceptedAt,
      loginToSubmitSeconds: Math.round((acceptedAt - start) / 1000),
      sample: true,
    });
    if (!rng.chance(0.7)) continue;
    const rated = level(rng, 0.92);
    const ratedAt = vietnamIsoString(new Date(acknowledged.at + rng.int(30, 600) * 1000));
    sample.ratings.push({
      dossierCode,
      owner: `mau-${personaId}`,
      personaId,
      formId: schema.id,
      procedureCode: schema.procedure.code,
      level: rated,
      ...(rated === 'khong-hai-long' ? { reason: rng.pick(reasons) } : {}),
      easeOfUse: rated === 'khong-hai-long' ? level(rng, 0.3) : level(rng, 0.95),
      overallService: rated === 'khong-hai-long' ? 'khong-hai-long' : level(rng, 0.97),
      ratedAt,
      updatedAt: ratedAt,
      sample: true,
    });
  }
  return sample;
}
