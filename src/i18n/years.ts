// Years as a label: consecutive runs become ranges ("2020–2024", "2020–2022, 2024").
// Same form in every language: en dash ranges are standard in zh and ja print too.

export function yearsLabel(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
      const a = sorted[start];
      const b = sorted[i - 1];
      parts.push(a === b ? String(a) : `${a}–${b}`);
      start = i;
    }
  }
  return parts.join(', ');
}
