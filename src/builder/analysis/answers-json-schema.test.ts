import { describe, expect, it } from 'vitest';
import { seedSchema } from '@tests/fixtures/seed-schema';
import { makeFormSchema } from '@tests/fixtures/make-form-schema';
import { submissionAnswers } from '@/engine/submission-answers';
import { validateForm } from '@/engine/validate';
import { answersJsonSchema, type JsonSchema } from './answers-json-schema';

/**
 * The part of JSON Schema the export uses (type or types, enum, properties, required, items, anyOf,
 * additionalProperties), checked by hand: the project has no JSON Schema validator dependency.
 */
function problems(value: unknown, schema: JsonSchema, path = '$'): string[] {
  if (Array.isArray(schema.anyOf)) {
    return (schema.anyOf as JsonSchema[]).some((option) => problems(value, option, path).length === 0) ? [] : [`${path}: no anyOf option`];
  }
  const types = { string: typeof value === 'string', number: typeof value === 'number', integer: Number.isInteger(value), boolean: typeof value === 'boolean', null: value === null, array: Array.isArray(value), object: typeof value === 'object' && value !== null && !Array.isArray(value) };
  const allowed = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string | string[]);
  if (allowed.length > 0 && !allowed.some((type) => types[type as keyof typeof types])) return [`${path}: not ${allowed.join(' or ')}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return [`${path}: not in enum`];
  if (Array.isArray(value) && schema.items) return value.flatMap((item, index) => problems(item, schema.items as JsonSchema, `${path}[${index}]`));
  if (!types.object || !schema.properties) return [];
  const record = value as Record<string, unknown>;
  const properties = schema.properties as Record<string, JsonSchema>;
  return [
    ...((schema.required as string[] | undefined) ?? []).filter((key) => !(key in record)).map((key) => `${path}.${key}: missing`),
    ...Object.keys(record).flatMap((key) =>
      properties[key] ? problems(record[key], properties[key], `${path}.${key}`) : schema.additionalProperties === false ? [`${path}.${key}: not allowed`] : [],
    ),
  ];
}

const address = { provinceCode: '01', provinceName: 'Thành phố Hà Nội', wardCode: '00004', wardName: 'Phường Ba Đình', street: 'Số 12 phố Điện Biên Phủ' };

/** A temporary-residence declaration a citizen could file: renting, no household members moving with them. */
const filled = {
  noiDangKy: address,
  tamTruDenNgay: '2027-06-30',
  hoTen: 'Nguyễn Thị Lan',
  ngaySinh: '1990-03-12',
  gioiTinh: 'nu',
  soDinhDanh: '001190012345',
  soDienThoai: '0912345678',
  email: 'lan.nguyen@example.vn',
  chuHoLa: 'banThan',
  choOHopPhap: 'thueMuonONho',
  hopDongThue: [{ id: 'tep-1', name: 'hop-dong-thue.pdf', size: 120_000, type: 'application/pdf' }],
  chuSoHuuHoTen: 'Trần Văn Bình',
  chuSoHuuSoDinhDanh: '001085004321',
  thanhVienCungThayDoi: [],
  camDoan: true,
};

describe('the answers JSON Schema export', () => {
  it('given a seed form, then it is a draft 2020-12 object schema naming the form version, one property per answer', () => {
    const schema = seedSchema('dang-ky-tam-tru');

    const json = answersJsonSchema(schema);

    expect(json).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'urn:bieu-mau:dang-ky-tam-tru:v1:answers', type: 'object', additionalProperties: false });
    expect(Object.keys(json.properties as object)).toContain('thanhVienCungThayDoi');
    expect(json.required).toEqual(expect.arrayContaining(['hoTen', 'soDinhDanh', 'camDoan', 'choOHopPhap']));
    expect(json.required).not.toContain('chuHoHoTen'); // shown only when someone else is head of household
    expect((json.properties as Record<string, JsonSchema>).choOHopPhap).toMatchObject({ type: 'string', enum: ['soHuu', 'thueMuonONho', 'nhaNguoiThan'] });
  });

  it('given answers the engine accepts, then the submission conforms to the exported schema', () => {
    const schema = seedSchema('dang-ky-tam-tru');
    const answers = filled;
    expect([...validateForm(schema, answers)]).toEqual([]);

    const submitted = submissionAnswers(schema, answers);

    expect(problems(submitted, answersJsonSchema(schema))).toEqual([]);
  });

  it('given a submission missing a required answer, with a wrong type or an unknown key, then the schema rejects each', () => {
    const schema = seedSchema('dang-ky-tam-tru');
    const json = answersJsonSchema(schema);
    const { hoTen: _left, ...withoutName } = submissionAnswers(schema, filled);

    expect(problems({ ...withoutName, camDoan: 'có', ghiChu: 'x', choOHopPhap: 'muon' }, json)).toEqual([
      '$.hoTen: missing',
      '$.choOHopPhap: not in enum',
      '$.camDoan: not boolean',
      '$.ghiChu: not allowed',
    ]);
  });

  it('given yes-no and repeatable answers, then their shapes carry over (null for unanswered, items as objects)', () => {
    const schema = makeFormSchema([
      {
        id: 'trang-1',
        fields: [
          { id: 'coCon', type: 'yes-no', label: { vi: 'Có con?' }, required: false },
          { id: 'con', type: 'repeatable-group', label: { vi: 'Con' }, itemLabel: { vi: 'Con' }, fields: [{ id: 'ten', type: 'text', label: { vi: 'Tên' } }] },
        ],
      },
    ]);

    const json = answersJsonSchema(schema);

    expect(problems({ coCon: null, con: [{ ten: 'An' }] }, json)).toEqual([]);
    expect(problems({ coCon: 'co', con: [{ ten: 1 }] }, json)).toEqual(['$.coCon: not boolean or null', '$.con[0].ten: not string']);
  });
});
