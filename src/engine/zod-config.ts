/**
 * zod/mini ships without messages; the engine's schemas read in English. Imported once by
 * vocabulary.ts, which every schema module imports.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());
