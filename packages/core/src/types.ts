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
  /**
   * The rule's named message this finding is (see a rule's `meta.messages`); with the rule id,
   * the resource and the field it makes the finding's identity. Absent: the rule's only message.
   */
  messageId?: string;
  severity: Severity;
  message: string;
  /** Absolute path of the file. Formatters make it relative. */
  file: string;
  line: number;
  column: number;
  resource?: ResourceRef;
  /**
   * The field of the resource the finding is about, as a path: `spec.storage.storageClass`;
   * a list item with a name is written by its name: `spec.plugins[name=barman-cloud.cloudnative-pg.io]`.
   */
  field?: string;
  /**
   * The finding's identity, stable across edits that do not change it (lines that move, documents
   * reordered, a file moved, a message reworded): a hash of the rule id, the message id, the
   * resource (apiVersion, kind, namespace, name) and the field, or the file (from the repository
   * root) for a finding on a file. Baselines and the policy compare findings by it.
   */
  fingerprint?: string;
  fix?: Fix;
  /** The deployment roots (ArgoCD Applications, Flux Kustomizations, kustomizations) whose output holds the resource. */
  roots?: string[];
}

/** A key path into a YAML document, as used by `yaml`'s getIn. */
export type YamlPath = (string | number)[];
