// EAN/GTIN check-digit validation, used by the import and by the product form.

/** True when the code is 8, 12, 13 or 14 digits and its GS1 check digit is right. */
export function isValidEan(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false;
  return eanCheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}

/** The GS1 check digit for the digits before it (weights 3,1,3,... from the right). */
export function eanCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = Number(body[body.length - 1 - i]);
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}
