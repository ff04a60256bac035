/** "300 123 4567, 604 555 1234" → ["300 123 4567", "604 555 1234"] (the API normalises each number). */
export function splitPhones(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((phone) => phone.trim())
    .filter((phone) => phone !== '');
}

export function joinPhones(phones: readonly string[]): string {
  return phones.join(', ');
}
