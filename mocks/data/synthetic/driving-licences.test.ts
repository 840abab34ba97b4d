import { drivingLicenceSchema } from '@/lib/api-contract/driving-licences';
import { isoDate, vietnamDay } from './calendar';
import { anhHungLicenceExpiresInDays } from './driving-licences';
import { getSyntheticRegistry } from './index';

const today = new Date('2026-03-10T03:00:00Z');
const registry = getSyntheticRegistry(today);
const hung = registry.personas.find((persona) => persona.id === 'anh-hung');

describe('the synthetic driving-licence database', () => {
  it('gives anh-hung a car licence that expires soon, whatever the day', () => {
    const car = registry.drivingLicencesOf(hung?.soDinhDanh ?? '').find((licence) => licence.ngayHetHan !== undefined);
    expect(car?.hang).toBe('B2');
    expect(car?.ngayHetHan).toBe(isoDate(vietnamDay(today) + anhHungLicenceExpiresInDays));
  });

  it('holds valid, unique 12-digit licences, each listed under its own holder', () => {
    const numbers = new Set<string>();
    let count = 0;
    for (const persona of registry.personas) {
      for (const licence of registry.drivingLicencesOf(persona.soDinhDanh)) {
        expect(drivingLicenceSchema.parse(licence).soDinhDanh).toBe(persona.soDinhDanh);
        numbers.add(licence.soGiayPhep);
        count += 1;
      }
    }
    expect(numbers.size).toBe(count);
    expect(count).toBeGreaterThan(0);
  });
});
