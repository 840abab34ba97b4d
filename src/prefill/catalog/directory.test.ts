import { describe, expect, it } from 'vitest';
import { dataSources } from './catalog';
import { sourceDirectory, sourceName } from './directory';

describe('source directory', () => {
  it('names exactly the sources the catalog reads, with the names their definitions give', () => {
    expect(Object.keys(sourceDirectory).sort()).toEqual(dataSources.map((source) => source.id).sort());
    for (const source of dataSources) expect(sourceName(source.id)).toEqual(source.name);
  });

  it('has no name for an id no source has', () => {
    expect(sourceName('so-do-cu')).toBeUndefined();
    expect(sourceName('toString')).toBeUndefined();
  });
});
