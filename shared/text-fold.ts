// Folding text for matching: lower case without accents, so "Électroménager" is found by "electromenager".

/** Lower case, accents removed (NFD then the combining marks dropped), ß and æ/œ spelt out. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe');
}
