/** The MIWG reference models (A, B and C series, several in ISO-8859-1) import and survive export -> import. */
import { describeMiwgRoundTrip } from '../../../tests/support/miwg-corpus.ts';

describeMiwgRoundTrip('Reference');
