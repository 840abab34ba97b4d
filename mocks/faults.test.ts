import {
  applyFault,
  clearFaults,
  currentFaults,
  faultOf,
  faultsStorageKey,
  loadFaultsFromUrl,
  parseFaults,
  setFault,
} from './faults';

afterEach(() => clearFaults());

describe('parseFaults', () => {
  it('reads source:mode pairs, skipping typos and "none"', () => {
    expect(parseFaults('dan-cu:error, Y-TE:slow,dat-dai:timeout')).toEqual({ 'dan-cu': 'error', 'y-te': 'slow', 'dat-dai': 'timeout' });
    expect(parseFaults('dan-cu:broken,benh-vien:error,bhxh:none,bhxh')).toEqual({});
    expect(parseFaults('none')).toEqual({});
  });
});

describe('fault settings', () => {
  it('takes the URL list over the stored one, and remembers it for the next page load', () => {
    // given a fault set earlier in this browser
    setFault('bhxh', 'slow');
    // when a tester opens a link with ?faults=
    loadFaultsFromUrl('?faults=dan-cu:error,y-te:slow');
    // then exactly the link's faults hold, and survive a reload without the parameter
    expect(currentFaults()).toEqual({ 'dan-cu': 'error', 'y-te': 'slow' });
    expect(loadFaultsFromUrl('')).toEqual({ 'dan-cu': 'error', 'y-te': 'slow' });
  });

  it('clears every fault with ?faults=none', () => {
    setFault('dkkd', 'timeout');
    loadFaultsFromUrl('?lang=vi&faults=none');
    expect(currentFaults()).toEqual({});
    expect(localStorage.getItem(faultsStorageKey)).toBeNull();
  });

  it('ignores garbage in storage', () => {
    localStorage.setItem(faultsStorageKey, '{"dan-cu":"explode"');
    expect(loadFaultsFromUrl('')).toEqual({});
  });

  it('sets and unsets one source from code', () => {
    setFault('vneid', 'error');
    setFault('ho-tich', 'slow');
    setFault('vneid', 'none');
    expect([faultOf('vneid'), faultOf('ho-tich')]).toEqual(['none', 'slow']);
  });
});

describe('applyFault', () => {
  it('lets a request through without a fault, and answers 503 in the API error shape with one', async () => {
    expect(await applyFault('dan-cu')).toBeUndefined();
    setFault('dan-cu', 'error');
    const response = await applyFault('dan-cu');
    expect(response?.status).toBe(503);
    expect(await response?.json()).toMatchObject({ code: 'service-unavailable' });
  });
});
