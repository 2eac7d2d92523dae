/** The MIWG models as another tool (bpmn.io / Camunda Modeler) exported and round-tripped them import and survive export -> import. */
import { describeMiwgRoundTrip } from '../../../tests/support/miwg-corpus.ts';

describeMiwgRoundTrip('bpmn.io-Camunda-Modeler-18.6.1');
