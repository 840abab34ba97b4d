/**
 * Which of the items both lists hold changed their order: those outside a longest run kept in
 * the old order. Inserting or removing one item then moves nothing else, as an author sees it.
 */
export function reordered(before: readonly string[], after: readonly string[]): Set<string> {
  const common = after.filter((id) => before.includes(id));
  const oldIndex = common.map((id) => before.indexOf(id));
  // Longest increasing subsequence, O(n²): lists here are a form's pages or one page's fields.
  const length = oldIndex.map(() => 1);
  const previous = oldIndex.map(() => -1);
  oldIndex.forEach((value, i) => {
    for (let j = 0; j < i; j++) {
      if ((oldIndex[j] as number) < value && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1;
        previous[i] = j;
      }
    }
  });
  const kept = new Set<string>();
  let at = length.indexOf(Math.max(0, ...length));
  while (at >= 0) {
    kept.add(common[at] as string);
    at = previous[at] as number;
  }
  return new Set(common.filter((id) => !kept.has(id)));
}
