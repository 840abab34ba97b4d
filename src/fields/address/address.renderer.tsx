import { useMemo } from 'react';
import type { FieldRendererProps } from '../field-definition';
import { Combobox, type ComboboxOption } from '../shared/combobox';
import { normalizeForSearch } from '@/lib/search-text';
import { TextInput } from '../shared/text-input';
import { emptyAddress, findAddressProblem, type AddressAnswer } from './address.answer';
import type { AddressConfig } from './address.config';
import { useProvinceWards } from './address.units';
import { provinces } from './provinces';
import './address.css';

/** Both names are searchable whatever the language shown: "ha noi", "hanoi" and "Hà Nội" all match. */
const option = (value: string, fullName: string, fullNameEn: string, locale: 'vi' | 'en'): ComboboxOption => ({
  value,
  label: locale === 'vi' ? fullName : fullNameEn,
  search: normalizeForSearch(`${fullName} ${fullNameEn}`),
});

/**
 * Province → commune/ward → street. Provinces are bundled, so the first box works at once; the
 * chosen province's wards are fetched when it is chosen (or pre-filled), once per province. While
 * they load or after they fail, what the citizen has chosen or typed stays, and a failure offers a retry.
 */
export function AddressRenderer({
  config, name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, locale, t,
}: FieldRendererProps<AddressConfig, AddressAnswer>) {
  const answer: AddressAnswer = { ...emptyAddress, ...value };
  const units = useProvinceWards(answer.provinceCode);
  const wardId = `${inputId}-ward`;
  const streetId = `${inputId}-street`;
  const wardStatusId = `${wardId}-status`;
  const streetHintId = `${streetId}-hint`;
  const failing = invalid ? findAddressProblem(answer, config)?.part : undefined;

  const provinceOptions = useMemo(() => provinces.map((p) => option(p.code, p.fullName, p.fullNameEn, locale)), [locale]);
  const wards = units.data?.wards;
  const wardOptions = useMemo(() => {
    if (wards) return wards.map(([code, fullName, fullNameEn]) => option(code, fullName, fullNameEn, locale));
    // Until the list arrives, the chosen ward (from a draft or a register) still shows by name.
    return answer.wardCode ? [{ value: answer.wardCode, label: answer.wardName }] : [];
  }, [wards, locale, answer.wardCode, answer.wardName]);

  const setProvince = (code: string) => {
    if (code === answer.provinceCode) return;
    const province = provinces.find((candidate) => candidate.code === code);
    onChange({ ...answer, provinceCode: code, provinceName: province?.fullName ?? '', wardCode: '', wardName: '' });
  };
  const setWard = (code: string) => {
    const ward = wards?.find(([wardCode]) => wardCode === code);
    onChange({ ...answer, wardCode: code, wardName: ward?.[1] ?? '' });
  };

  const comboTexts = {
    noResultsText: t('address.noResults'),
    truncatedText: (shown: number, total: number) => t('address.truncated', { shown, total }),
  };
  // One polite live region for the list's state: loading, then nothing, or a failure with a retry.
  const wardStatusText =
    answer.provinceCode === '' ? t('address.chooseProvinceFirst') : units.isError ? t('address.loadFailed') : units.isLoading ? t('address.loading') : '';
  const wardStatus = (
    <div className={units.isError ? 'error-message' : 'hint'} role="status" id={wardStatusId}>
      {wardStatusText}
      {units.isError ? (
        <button type="button" className="button button--secondary" onClick={() => void units.refetch()}>
          {t('address.retry')}
        </button>
      ) : null}
    </div>
  );

  return (
    <div className="address">
      <div className="address__part">
        <label className="label" htmlFor={inputId}>{t('address.province')}</label>
        <Combobox
          id={inputId} name={`${name}.provinceCode`} options={provinceOptions} value={answer.provinceCode} onChange={setProvince}
          onBlur={onBlur} invalid={failing === 'province'} readOnly={readOnly} describedBy={describedBy}
          listLabel={t('address.province')} {...comboTexts}
        />
      </div>
      <div className="address__part">
        <label className="label" htmlFor={wardId}>{t('address.ward')}</label>
        {wardStatus}
        <Combobox
          id={wardId} name={`${name}.wardCode`} options={wardOptions} value={answer.wardCode} onChange={setWard} onBlur={onBlur}
          invalid={failing === 'ward'} readOnly={readOnly} disabled={!readOnly && (answer.provinceCode === '' || !wards)}
          describedBy={wardStatusText ? wardStatusId : undefined} listLabel={t('address.ward')} {...comboTexts}
        />
      </div>
      <div className="address__part">
        <label className="label" htmlFor={streetId}>
          {t('address.street')}
          {config.requireStreet ? null : <span className="optional"> {t('common.optional')}</span>}
        </label>
        <div className="hint" id={streetHintId}>{t('address.streetHint')}</div>
        <TextInput
          name={`${name}.street`} inputId={streetId} describedBy={streetHintId} invalid={failing === 'street'} readOnly={readOnly}
          value={answer.street} onChange={(street) => onChange({ ...answer, street })} onBlur={onBlur} autoComplete="street-address"
        />
      </div>
    </div>
  );
}
