/** The few bpmn-moddle entry points we use; the package ships no types for its main module. */
declare module 'bpmn-moddle' {
  export interface FromXmlResult {
    rootElement: unknown;
    warnings: Array<{ message: string; element?: { id?: string } }>;
  }

  export interface BpmnModdleInstance {
    fromXML(xml: string, typeName?: string): Promise<FromXmlResult>;
    toXML(element: unknown, options?: { format?: boolean }): Promise<{ xml: string }>;
    /** A new element of a registered type, e.g. `create('bpmn:Task', { id: 'Task_1' })`. */
    create(type: string, attributes?: Record<string, unknown>): any;
  }

  /** A factory (v10 exports it by name): `BpmnModdle(extraPackages?)`. */
  export function BpmnModdle(packages?: Record<string, unknown>): BpmnModdleInstance;

}
