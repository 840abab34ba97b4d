import { z } from '@/lib/zod';
import { attachmentSchema, attachmentsPath } from './attachments';
import { dossierListSchema, dossierReceiptSchema, dossierSchema, dossiersPath, idempotencyKeyHeader, submitDossierRequestSchema } from './dossiers';
import * as drafts from './drafts';
import * as payments from './payments';
import { apiErrorBodySchema } from './errors';
import { formDocumentSchema, formListSchema, formsPath } from './forms';
import * as identity from './identity';
import { personalDocumentKindParam, personalDocumentListSchema, personalDocumentsPath } from './personal-documents';
import * as registries from './registries';
import * as drivingLicences from './driving-licences';
import * as metrics from './metrics';
import * as ratings from './ratings';
import * as sessions from './sessions';
import { authoringEndpoints } from './openapi-authoring';
import type { Endpoint, Method } from './openapi-endpoint';

const json = (schema: z.core.$ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });

/**
 * Every endpoint the app calls, described once from the same zod schemas the app and the mocks
 * use, so a provincial iGate or the national portal can implement the contract without reading
 * our code. `npm run openapi` writes it to `public/openapi.json`; a test keeps that file current.
 */
export const endpoints: Endpoint[] = [
  { method: 'get', path: formsPath, tag: 'forms', summary: 'Latest published version of every e-form', response: formListSchema },
  { method: 'get', path: `${formsPath}/{id}`, tag: 'forms', summary: 'A published form schema (?version=N for an older one)', response: formDocumentSchema, pathParams: ['id'] },
  {
    method: 'post', path: dossiersPath, tag: 'dossiers', summary: 'File a dossier exactly once (idempotent by key)', request: submitDossierRequestSchema,
    response: dossierReceiptSchema, status: 201, auth: true,
    headers: [{ name: idempotencyKeyHeader, description: 'UUID per dossier; a replay returns the same receipt', required: true }],
  },
  { method: 'get', path: `${dossiersPath}/{code}`, tag: 'dossiers', summary: 'A filed dossier with its answers and their origins', response: dossierSchema, auth: true, pathParams: ['code'] },
  { method: 'post', path: attachmentsPath, tag: 'attachments', summary: 'Upload one attachment (multipart field "file")', multipart: true, response: attachmentSchema, status: 201, auth: true },
  { method: 'post', path: identity.tokenPath, tag: 'identity', summary: 'Exchange an authorization code for a bearer token', request: identity.tokenRequestSchema, response: identity.tokenResponseSchema },
  { method: 'get', path: identity.userInfoPath, tag: 'identity', summary: 'Claims of the signed-in citizen', response: identity.userInfoSchema, auth: true },
  { method: 'get', path: registries.populationPath, tag: 'registries', summary: 'CSDL quốc gia về dân cư: own record', response: registries.populationRecordSchema, auth: true },
  {
    method: 'get', path: '/dan-cu/nguoi-lien-quan/{soDinhDanh}', tag: 'registries', summary: 'A related person (parent, spouse, child, or someone who shared their record with the citizen in VNeID): minimal data, with consent',
    response: registries.relatedPersonSchema, auth: true, pathParams: ['soDinhDanh'],
    headers: [{ name: registries.consentHeader, description: '"granted" once the person has agreed to share', required: true }],
  },
  { method: 'get', path: registries.marriagePath, tag: 'registries', summary: 'CSDL hộ tịch: current marriage record', response: registries.marriageRecordSchema, auth: true },
  { method: 'get', path: registries.birthRegistrationPath, tag: 'registries', summary: 'CSDL hộ tịch: own birth registration (trích lục khai sinh)', response: registries.birthRegistrationSchema, auth: true },
  { method: 'get', path: registries.birthCertificatePath, tag: 'registries', summary: 'Giấy chứng sinh điện tử: latest where the citizen is a parent', response: registries.birthCertificateSchema, auth: true },
  { method: 'get', path: registries.deathNoticePath, tag: 'registries', summary: 'Giấy báo tử điện tử: latest of a close relative of the citizen', response: registries.deathNoticeSchema, auth: true },
  {
    method: 'get', path: '/y-te/giay-bao-tu/{soDinhDanh}', tag: 'registries', summary: 'Giấy báo tử điện tử of one person: for their close relatives only (403 not-related)',
    response: registries.deathNoticeSchema, auth: true, pathParams: ['soDinhDanh'],
  },
  { method: 'get', path: registries.insurancePath, tag: 'registries', summary: 'Bảo hiểm xã hội: own record', response: registries.insuranceRecordSchema, auth: true },
  { method: 'get', path: registries.businessesPath, tag: 'registries', summary: 'Đăng ký kinh doanh: businesses the citizen represents', response: registries.businessListSchema, auth: true },
  { method: 'get', path: registries.parcelsPath, tag: 'registries', summary: 'Đất đai: parcels the citizen holds', response: registries.parcelListSchema, auth: true },
  {
    method: 'get', path: personalDocumentsPath, tag: 'registries', summary: "Kho dữ liệu điện tử: the citizen's own electronic documents, reusable as attachments",
    response: personalDocumentListSchema, auth: true,
    query: [{ name: personalDocumentKindParam, description: 'Comma-separated document kinds (trich-luc-khai-sinh,giay-chung-sinh); none: every kind' }],
  },
  {
    method: 'post', path: '/sessions/{id}/events', tag: 'sessions', summary: 'Timing events of a form session (ids and counts only; re-sent events stored once)',
    request: sessions.sessionEventsRequestSchema, response: sessions.sessionEventsResponseSchema, status: 202, auth: true, pathParams: ['id'],
  },
  { method: 'get', path: '/dossiers/{code}/rating', tag: 'ratings', summary: "The owner's rating of a dossier (204 before one is given)", response: ratings.dossierRatingSchema, auth: true, pathParams: ['code'] },
  {
    method: 'put', path: '/dossiers/{code}/rating', tag: 'ratings', summary: 'Rate a dossier, or change the rating until the result is returned (409 rating-locked after)',
    request: ratings.rateDossierRequestSchema, response: ratings.dossierRatingSchema, auth: true, pathParams: ['code'],
  },
  { method: 'get', path: metrics.metricsPath, tag: 'metrics', summary: 'Sessions (with the server-measured login→submit), ratings and test runs: role tester (403 otherwise)', response: metrics.metricsSchema, auth: true },
  { method: 'post', path: metrics.metricsSamplePath, tag: 'metrics', summary: 'Add the labelled synthetic sample: role tester', response: metrics.sampleStateSchema, status: 201, auth: true },
  { method: 'delete', path: metrics.metricsSamplePath, tag: 'metrics', summary: 'Clear the synthetic sample: role tester', response: metrics.sampleStateSchema, auth: true },
  { method: 'get', path: metrics.testRunsPath, tag: 'metrics', summary: 'Usability test runs: role tester', response: metrics.testRunListSchema, auth: true },
  { method: 'post', path: metrics.testRunsPath, tag: 'metrics', summary: 'Create a usability test run: role tester', request: metrics.createTestRunRequestSchema, response: metrics.testRunSchema, status: 201, auth: true },
  { method: 'get', path: drivingLicences.drivingLicencesPath, tag: 'registries', summary: 'Giấy phép lái xe: licences the citizen holds', response: drivingLicences.drivingLicenceListSchema, auth: true },
  { method: 'get', path: dossiersPath, tag: 'dossiers', summary: "The citizen's filed dossiers, newest first", response: dossierListSchema, auth: true },
  { method: 'get', path: drafts.draftsPath, tag: 'drafts', summary: "The citizen's drafts being prepared, newest first", response: drafts.draftListSchema, auth: true },
  { method: 'get', path: `${drafts.draftsPath}/{formId}`, tag: 'drafts', summary: "The citizen's draft of a form (204 when there is none)", response: drafts.draftSchema, auth: true, pathParams: ['formId'] },
  {
    method: 'put', path: `${drafts.draftsPath}/{formId}`, tag: 'drafts', summary: 'Save the draft (409 draft-stale when a newer save is stored)',
    request: drafts.draftSchema, response: drafts.draftSchema, auth: true, pathParams: ['formId'],
  },
  { method: 'delete', path: `${drafts.draftsPath}/{formId}`, tag: 'drafts', summary: 'Delete the draft (204)', response: z.null(), status: 204, auth: true, pathParams: ['formId'] },
  {
    method: 'post', path: '/dossiers/{code}/payments', tag: 'payments', summary: "Start paying a filed dossier's fee (409 already-paid / no-fee)",
    request: payments.startPaymentRequestSchema, response: payments.paymentSchema, status: 201, auth: true, pathParams: ['code'],
  },
  { method: 'get', path: `${payments.paymentsPath}/{id}`, tag: 'payments', summary: 'A payment attempt and its outcome (owner only)', response: payments.paymentSchema, auth: true, pathParams: ['id'] },
  ...authoringEndpoints,
];

const errorResponse = { description: 'Error', content: { 'application/json': { schema: json(apiErrorBodySchema) } } };

function operation(endpoint: Endpoint) {
  const parameters = [
    ...(endpoint.pathParams ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...(endpoint.headers ?? []).map((header) => ({ name: header.name, in: 'header', required: header.required, description: header.description, schema: { type: 'string' } })),
    ...(endpoint.query ?? []).map((param) => ({ name: param.name, in: 'query', required: false, description: param.description, schema: { type: 'string' } })),
  ];
  const body = endpoint.multipart
    ? { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } } }
    : endpoint.request
      ? { required: true, content: { 'application/json': { schema: json(endpoint.request) } } }
      : undefined;
  return {
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    ...(endpoint.auth ? { security: [{ bearer: [] }] } : {}),
    responses: {
      [String(endpoint.status ?? 200)]: { description: 'OK', content: { 'application/json': { schema: json(endpoint.response) } } },
      default: errorResponse,
    },
  };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Partial<Record<Method, ReturnType<typeof operation>>>> = {};
  for (const endpoint of endpoints) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method]: operation(endpoint) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Biểu mẫu điện tử — portal API',
      version: '1.0.0',
      description: 'What the e-form app needs from a backend (provincial iGate, national portal). Paths are relative to the API base URL (VITE_API_BASE_URL).',
    },
    servers: [{ url: '/api' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
