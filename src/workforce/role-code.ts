/** The shape of a role code: capitals and digits in words joined by single underscores, starting with a letter. */
export const ROLE_CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Longest role code and name the workforce_roles table holds. */
export const ROLE_CODE_LENGTH = 80;
export const ROLE_NAME_LENGTH = 120;

/**
 * The stable code of a role named as plans name it: letters without accents, in capitals, words joined by _
 * ("Learning disability nurse" → LEARNING_DISABILITY_NURSE; "Speech & language therapist" →
 * SPEECH_AND_LANGUAGE_THERAPIST; "Children's nurse" → CHILDRENS_NURSE). Null when the name holds no letter
 * or digit, or its code would not start with a letter.
 */
export function roleCodeOf(name: string): string | null {
  const code = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ROLE_CODE.test(code) ? code : null;
}

/** A name for a role known only by its code, spelled from it (SUPPORT_WORKER → "Support worker"); its code is the same. */
export function roleNameOf(code: string): string {
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whitespace inside a name taken as one space, so "Support  worker" is the same name as "Support worker". */
export function tidyRoleName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}
