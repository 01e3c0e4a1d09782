/** Corpus B, first half (test/eval/corpus-b-half.ts). */
import { corpusBHalf } from './corpus-b-half';

corpusBHalf(0);
