/** Severity of a diagnostic; `off` only appears in profiles to disable a rule. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A place in a file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export interface ResourceRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export interface Fix {
  /** What to do, in words. */
  description: string;
  /** YAML path of the value to change, when the fix is a value change. */
  path?: (string | number)[];
  /** The value that would make the finding go away. */
  value?: unknown;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Absolute path of the file. Formatters make it relative. */
  file: string;
  line: number;
  column: number;
  resource?: ResourceRef;
  fix?: Fix;
  /** The deployment roots (ArgoCD Applications, Flux Kustomizations, kustomizations) whose output holds the resource. */
  roots?: string[];
}

/** A key path into a YAML document, as used by `yaml`'s getIn. */
export type YamlPath = (string | number)[];
