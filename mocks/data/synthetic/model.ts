import type { RegistryAddress } from '@/lib/api-contract/registry-common';
import type { Day } from './calendar';
import type { EthnicGroup } from './ethnic-groups';
import type { NameParts, Sex } from './names';
import type { Province, Ward } from './places';

/**
 * The generator's own model: people linked by object references (parents, spouse, household),
 * turned into the API records of registries.ts only at the end, so a persona can be renamed or a
 * number assigned without chasing copies.
 */
export type MaritalStatus = 'docThan' | 'coVoChong' | 'lyHon' | 'goa';

export interface Citizen {
  /** Creation order: a stable tiebreak for deterministic choices. */
  readonly ix: number;
  /** Số định danh, assigned once the whole population exists. */
  id: string;
  name: NameParts;
  readonly group: EthnicGroup;
  readonly sex: Sex;
  readonly birth: Day;
  religion: string;
  father?: Citizen;
  mother?: Citizen;
  spouse?: Citizen;
  readonly children: Citizen[];
  marital: MaritalStatus;
  /** Day the marriage was registered (on both spouses). */
  marriedOn?: Day;
  household: Household;
  /** Old CCCD province code of the birth registration: the PPP of the number. */
  birthPlaceCode: string;
  noiDangKyKhaiSinh: string;
  queQuan: string;
  /** Where the person actually lives when not at the registered household (students, migrants). */
  livesElsewhere?: RegistryAddress;
  phone?: string;
  email?: string;
}

export interface Household {
  readonly ix: number;
  readonly province: Province;
  readonly ward: Ward;
  readonly address: RegistryAddress;
  /** Old province the area belonged to: the place code of births registered here. */
  readonly areaCode: string;
  head?: Citizen;
  readonly members: Citizen[];
}

/** The population before the registries are derived from it. */
export interface Population {
  /** 1 January of the year the population describes: everyone in it was born before. */
  readonly anchor: Day;
  readonly citizens: readonly Citizen[];
  readonly households: readonly Household[];
}
