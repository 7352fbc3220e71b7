// The renderer's English texts that live beside the code that uses them rather than in a locale file: the messages main
// sends (by code) and the names and help of Back Market's fields. Merged into English by the renderer and by
// scripts/missing-translations.ts alike.
import { ENGLISH_MESSAGES } from './english';
import { ENGLISH_FIELD_TEXTS } from './field-texts';

export const GENERATED_ENGLISH = { messages: ENGLISH_MESSAGES, bmFields: ENGLISH_FIELD_TEXTS };

/** The areas GENERATED_ENGLISH fills, as missing-translations names them (<language>.<area>.json). */
export const GENERATED_AREAS = ['messages', 'bmfields'] as const;
