import { userInfoPath, userInfoSchema } from '@/lib/api-contract/identity';
import { sourceIdentity } from './directory';
import { defineSource, text } from './types';

/** The contact details the citizen keeps in their national identity account (VNeID). */
export const identityAccountSource = defineSource({
  ...sourceIdentity('vneid'),
  correction: text(
    'Bạn có thể cập nhật số điện thoại và thư điện tử trong ứng dụng VNeID.',
    'You can update your phone number and email address in the VNeID app.',
  ),
  request: { subject: 'self', path: userInfoPath },
  schema: userInfoSchema,
  attributes: [
    { id: 'soDienThoai', label: text('Số điện thoại', 'Phone number'), kind: 'phone', read: (r) => r.soDienThoai },
    { id: 'thuDienTu', label: text('Thư điện tử', 'Email address'), kind: 'email', read: (r) => r.thuDienTu },
  ],
});
