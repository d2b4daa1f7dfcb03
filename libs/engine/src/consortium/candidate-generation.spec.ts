import { TeamCache } from './candidate-generation';

describe('TeamCache (chooseTeams results per need group)', () => {
  it('keeps at most its limit, leaving out the least recently used group', () => {
    const cache = new TeamCache(2);
    cache.set('a', [[1]]);
    cache.set('b', [[2]]);
    // reading a makes b the least recently used
    expect(cache.get('a')).toEqual([[1]]);
    cache.set('c', [[3]]);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual([[1]]);
    expect(cache.get('c')).toEqual([[3]]);
  });

  it('remembers a group with no team (an empty list is a result, not a miss)', () => {
    const cache = new TeamCache(4);
    cache.set('none', []);
    expect(cache.get('none')).toEqual([]);
  });
});
