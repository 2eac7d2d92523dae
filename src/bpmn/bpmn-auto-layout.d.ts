/** bpmn-auto-layout ships no types: its one entry point. */
declare module 'bpmn-auto-layout' {
  /** Returns the XML with diagram interchange generated for the first process. */
  export function layoutProcess(xml: string): Promise<string>;
}
