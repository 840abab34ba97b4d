import { attachmentHandlers } from './attachments';
import { authHandlers } from './auth';
import { businessHandlers } from './business';
import { civilStatusHandlers } from './civil-status';
import { deathNoticeHandlers } from './death-notices';
import { draftHandlers } from './drafts';
import { formAuthoringHandlers } from './form-authoring';
import { formSchemaHandlers } from './form-schemas';
import { healthHandlers } from './health';
import { insuranceHandlers } from './insurance';
import { landHandlers } from './land';
import { drivingLicenceHandlers } from './driving-licences';
import { personalDocumentHandlers } from './personal-documents';
import { paymentHandlers } from './payments';
import { populationHandlers } from './population';
import { submissionHandlers } from './submissions';
import { metricsHandlers } from './metrics';
import { ratingHandlers } from './ratings';
import { sessionHandlers } from './sessions';
import { userInfoHandlers } from './userinfo';

/** Every mock endpoint, for the browser worker, the vitest server and e2e runs alike. */
export const handlers = [
  ...formSchemaHandlers,
  ...formAuthoringHandlers,
  ...submissionHandlers,
  ...ratingHandlers,
  ...sessionHandlers,
  ...metricsHandlers,
  ...draftHandlers,
  ...paymentHandlers,
  ...attachmentHandlers,
  ...authHandlers,
  ...userInfoHandlers,
  ...populationHandlers,
  ...civilStatusHandlers,
  ...healthHandlers,
  ...deathNoticeHandlers,
  ...insuranceHandlers,
  ...businessHandlers,
  ...landHandlers,
  ...drivingLicenceHandlers,
  ...personalDocumentHandlers,
];
