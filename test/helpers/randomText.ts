// Seeded random texts for the property tests that compare a hand-written reader with the regular
// expression it replaced: the same seed gives the same strings on every machine.

/** rnd(n): a number in [0, n), from a linear congruential sequence started at `seed`. */
export function seededRandom(seed: number): (n: number) => number {
  let s = seed;
  return (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) % n);
}

/** 1 to maxPieces pieces picked at random and joined. */
export function randomText(rnd: (n: number) => number, pieces: readonly string[], maxPieces: number): string {
  let t = '';
  const n = 1 + rnd(maxPieces);
  for (let i = 0; i < n; i++) t += pieces[rnd(pieces.length)];
  return t;
}
