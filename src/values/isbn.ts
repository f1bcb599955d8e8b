/** ISBN check-digit validation (ISBN-10: mod 11 weights 10..1; ISBN-13: mod 10 weights 1,3). */

/** Strips hyphens and spaces: `978-1449373320` -> `9781449373320`. */
export function normalizeIsbn(value: string): string {
  return value.replace(/[-\s]/g, '').toUpperCase();
}

export function isValidIsbn(value: string): boolean {
  const digits = normalizeIsbn(value);
  if (/^\d{9}[\dX]$/.test(digits)) {
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const digit = digits[i] === 'X' ? 10 : Number(digits[i]);
      sum += digit * (10 - i);
    }
    return sum % 11 === 0;
  }
  if (/^\d{13}$/.test(digits)) {
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
    return sum % 10 === 0;
  }
  return false;
}
