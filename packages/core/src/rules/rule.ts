import type { Inventory } from '../inventory/inventory.js';
import type { Resource } from '../inventory/resource.js';
import type { Profile } from '../profile/profile.js';
import type { Fix, Severity, YamlPath } from '../types.js';

/** What a rule declares about itself; the docs page is generated from it. */
export interface RuleMeta {
  /** Stable id, used in output, in profiles and as the docs page name. */
  id: string;
  /** One line: what the rule checks. */
  title: string;
  defaultSeverity: Severity;
  /** Why it matters: what breaks, and when it is found out without the rule. */
  rationale: string;
  /** A manifest that fails the rule. */
  bad: string;
  /** The same manifest, fixed. */
  good: string;
  /** How to fix a finding. */
  howToFix: string;
  /**
   * correctness: a CloudNativePG or Kubernetes truth that holds on every site (a reference to
   * something that does not exist, a field the API server prunes, an archive two Clusters share).
   * convention: a site's choice, from its profile (storage class, bucket layout, tags, credential
   * chain). Without a profile file, the built-in profile's conventions apply only under its layout.
   */
  kind: 'correctness' | 'convention';
  /** For a correctness rule: which of its findings are conventions, in words (for its docs page). */
  conventions?: string;
  /**
   * A generic rule (schema validation): where a specific rule reports at the same place, the
   * specific finding says more and the generic one is dropped, so one mistake gives one finding.
   */
  generic?: boolean;
  /**
   * The rule's named messages (ESLint-style): a finding names one by `messageId` and gives its
   * `data`; `{{key}}` in the text is replaced by `data.key`. The id is part of a finding's
   * fingerprint, the data is not, so a message can change its wording or its suggestion without
   * making an old finding look new.
   */
  messages: Record<string, string>;
  /**
   * The options the rule takes (ESLint style: `rules: { <id>: [severity, { ...options }] }` in
   * `.cnpg-site.yaml`), validated when the profile is loaded; the rule reads them from
   * `ctx.options`. Listed on its docs page.
   */
  options?: Record<string, RuleOption>;
}

/** One option of a rule: a JSON-schema-like description, its default, and where it used to be set. */
export interface RuleOption {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
  /** What it sets, for the docs page. */
  description: string;
  /** The value when neither the option nor its fallback is set. */
  default: unknown;
  pattern?: string;
  /** `regex`: a valid regular expression. */
  format?: 'regex';
  enum?: readonly (string | number)[];
  minimum?: number;
  items?: { type: 'string' | 'number' | 'integer' | 'boolean'; enum?: readonly (string | number)[] };
  /**
   * A profile field (dotted path, such as `credentials.lifetime`) read when the option is not set:
   * where the value was set before the rule took it as an option.
   */
  fallback?: string;
}

/** A rule's options in force: what the profile sets, else the fallback field, else the default. */
export function optionsOf(meta: RuleMeta, profile: Profile): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const given = profile.ruleOptions?.[meta.id] ?? {};
  for (const [name, o] of Object.entries(meta.options ?? {})) {
    let v: unknown = given[name];
    if (v === undefined && o.fallback) {
      let cur: unknown = profile;
      for (const k of o.fallback.split('.')) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
      v = cur;
    }
    out[name] = v === undefined ? o.default : v;
  }
  return out;
}

export type MessageData = Record<string, string | number | boolean | undefined>;

/** A named message with its data filled in; an unknown placeholder is a bug in the rule. */
export function formatMessage(rule: RuleMeta, messageId: string, data: MessageData = {}): string {
  const template = rule.messages[messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message "${messageId}"`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    if (!(key in data)) throw new Error(`rule ${rule.id} message "${messageId}" needs data.${key}`);
    return String(data[key]);
  });
}

export interface Finding {
  /** The resource at fault; the location is a field of it. */
  resource: Resource;
  /** The field the finding is about; the position of its value (or its nearest existing parent). */
  path?: YamlPath;
  /** Point at the key rather than the value (for fields that should not be there). */
  atKey?: boolean;
  /** One of the rule's `meta.messages`. */
  messageId: string;
  /** Values for the message's `{{key}}` placeholders. */
  data?: MessageData;
  fix?: Fix;
  /** Overrides the rule's severity for this finding (for example a warning-level variant). */
  severity?: Severity;
  /**
   * The finding says something does not exist. Where the resource's root renders only part of
   * what its controller applies (a Helm chart, a plugin, a remote base), it cannot be told.
   */
  absent?: boolean;
  /** Overrides the rule's kind for this finding (a convention inside a correctness rule, or the reverse). */
  kind?: 'correctness' | 'convention';
}

export interface FileFinding {
  file: string;
  line: number;
  column: number;
  /** One of the rule's `meta.messages`. */
  messageId: string;
  data?: MessageData;
  severity?: Severity;
  fix?: Fix;
}

export interface RuleContext {
  readonly inventory: Inventory;
  readonly profile: Profile;
  /** The rule's options in force (see `RuleMeta.options` and `optionsOf`). */
  readonly options: Readonly<Record<string, unknown>>;
  report(finding: Finding): void;
  reportFile(finding: FileFinding): void;
}

/** A check: a pure function of the inventory and the profile, reporting through the context. */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
