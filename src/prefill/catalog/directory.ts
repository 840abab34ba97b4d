import type { LocalizedText } from '@/schema/localized-text';
import { text } from './types';

interface SourceHolder {
  name: LocalizedText;
  agency: LocalizedText;
}

const publicSecurity = text('Bộ Công an', 'Ministry of Public Security');
const health = text('Bộ Y tế', 'Ministry of Health');

const populationDatabase: SourceHolder = { name: text('CSDL quốc gia về dân cư', 'National Population Database'), agency: publicSecurity };
const civilStatusDatabase: SourceHolder = {
  name: text('CSDL hộ tịch điện tử', 'Electronic Civil Status Database'),
  agency: text('Bộ Tư pháp', 'Ministry of Justice'),
};

/**
 * Every data source's name and holding agency, by id, apart from the code that reads the source:
 * pages that only name a source (the catalogue's "read from the National Population Database",
 * the receipt's origin notes) load this, not the whole catalog. The definitions take theirs from
 * here (`sourceIdentity`), so a name is written once.
 */
export const sourceDirectory = {
  'dan-cu': populationDatabase,
  'dan-cu-lien-quan': populationDatabase,
  vneid: { name: text('Tài khoản định danh điện tử VNeID', 'VNeID identity account'), agency: publicSecurity },
  'ho-tich': civilStatusDatabase,
  'ho-tich-khai-sinh': civilStatusDatabase,
  'y-te': { name: text('Giấy chứng sinh điện tử', 'Ministry of Health’s electronic birth certificate'), agency: health },
  'bao-tu': { name: text('Giấy báo tử điện tử', 'Electronic death notice'), agency: health },
  bhxh: { name: text('CSDL quốc gia về bảo hiểm', 'National Insurance Database'), agency: text('Bảo hiểm xã hội Việt Nam', 'Vietnam Social Security') },
  dkkd: { name: text('CSDL quốc gia về đăng ký doanh nghiệp', 'National Business Registration Database'), agency: text('Bộ Tài chính', 'Ministry of Finance') },
  'dat-dai': { name: text('CSDL quốc gia về đất đai', 'National Land Database'), agency: text('Bộ Nông nghiệp và Môi trường', 'Ministry of Agriculture and Environment') },
  gplx: { name: text('CSDL giấy phép lái xe', 'Driving Licence Database'), agency: publicSecurity },
} satisfies Record<string, SourceHolder>;

export type SourceId = keyof typeof sourceDirectory;

const isSourceId = (id: string): id is SourceId => Object.hasOwn(sourceDirectory, id);

/** A source definition's `id`, `name` and `agency`. */
export const sourceIdentity = (id: SourceId) => ({ id, ...sourceDirectory[id] });

/** The source's name, or `undefined` for an id no source has (an origin written by an older catalog). */
export const sourceName = (id: string): LocalizedText | undefined => (isSourceId(id) ? sourceDirectory[id].name : undefined);
