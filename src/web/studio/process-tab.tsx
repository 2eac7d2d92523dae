/** Documents the process as a whole: its name, objective, roles, tools, scripts, metrics and KPIs; and retires or deletes it. */
import type { ProcessDetail } from '../../api/schemas/processes.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { MarkdownField } from '../components/markdown-field.tsx';
import { api } from '../api.ts';
import { useAction } from '../hooks/use-action.ts';
import { CommitTextField } from './commit-text-field.tsx';
import { CountersSection } from './counters-section.tsx';
import type { ModelerServices } from './diagram-services.ts';
import { DispositionsSection } from './dispositions-section.tsx';
import type { DocumentationEditing } from './documentation-editing.ts';
import { KpisSection } from './kpis-section.tsx';
import type { LaneInfo } from './read-lanes.ts';
import { PanelSection } from './panel-section.tsx';
import { ProcessLifecycleSection } from './process-lifecycle-section.tsx';
import { RolesSection } from './roles-section.tsx';
import { ScriptsSection } from './scripts-section.tsx';
import { ToolsSection } from './tools-section.tsx';

export interface ProcessTabProps extends DocumentationEditing {
  process: ProcessDetail;
  onProcessChanged: (process: ProcessDetail) => void;
  services: ModelerServices;
  lanes: readonly LaneInfo[];
}

export function ProcessTab({ process, onProcessChanged, services, lanes, ...editing }: ProcessTabProps) {
  const rename = useAction();

  async function saveName(name: string) {
    await rename.run(async () => onProcessChanged(await api.updateProcess(process.id, { name })));
  }

  return (
    <div>
      <PanelSection title="About" defaultOpen>
        <CommitTextField label="Process name" value={process.name} onCommit={(name) => void saveName(name)} required />
        <FormAlert error={rename.error} />
        <MarkdownField
          label="Objective"
          hint="What the process is for and what a good result is."
          rows={4}
          value={editing.documentation.objective}
          onChange={(objective) => editing.onChange((current) => ({ ...current, objective }))}
          error={editing.issues.get('objective')}
        />
      </PanelSection>
      <RolesSection lanes={lanes} services={services} {...editing} />
      <ToolsSection lanes={lanes} {...editing} />
      <ScriptsSection teamId={process.teamId} {...editing} />
      <CountersSection {...editing} />
      <DispositionsSection {...editing} />
      <KpisSection {...editing} />
      <ProcessLifecycleSection process={process} onProcessChanged={onProcessChanged} />
    </div>
  );
}
