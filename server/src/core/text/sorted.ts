// Searches in ascending lists of offsets (sentence ends, bracket starts, positions of a character).

/**
 * How many elements of ascending `list` are below `bound`: the index of the first one at or above it.
 * `length`: only the first `length` elements are the list's (a scratch array reused from text to text).
 */
export function countBelow(list: ArrayLike<number>, bound: number, length = list.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether ascending `list` holds `x`. */
export function holdsSorted(list: ArrayLike<number>, x: number): boolean {
  const i = countBelow(list, x);
  return i < list.length && list[i] === x;
}
