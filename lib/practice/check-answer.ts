/** All-or-nothing: exactly the correct choices picked, no more and no fewer. */
export function isChoiceAnswerCorrect(picked: readonly string[], choices: readonly { id: string; correct: boolean }[]): boolean {
  const pickedSet = new Set(picked);
  if (pickedSet.size !== picked.length) return false;
  return choices.every((c) => c.correct === pickedSet.has(c.id)) && picked.every((id) => choices.some((c) => c.id === id));
}

/** Which positions of an ordering answer hold the right step. */
export function orderPositionsCorrect(given: readonly string[], correctOrder: readonly string[]): boolean[] {
  return correctOrder.map((id, i) => given[i] === id);
}

export const isOrderCorrect = (given: readonly string[], correctOrder: readonly string[]) =>
  given.length === correctOrder.length && orderPositionsCorrect(given, correctOrder).every(Boolean);
