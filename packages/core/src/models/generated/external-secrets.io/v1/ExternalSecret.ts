import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/ExternalSecretsIoV1ExternalSecret.js";

/**
 * ExternalSecret is the Schema for the external-secrets API.
 * It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.
 */
export interface IExternalSecret {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "external-secrets.io/v1";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "ExternalSecret";
  "metadata"?: IObjectMeta;
  /**
   * ExternalSecretSpec defines the desired state of ExternalSecret.
   */
  "spec"?: {
    /**
     * Data defines the connection between the Kubernetes Secret keys and the Provider data
     */
    "data"?: Array<{
      /**
       * RemoteRef points to the remote secret and defines
       * which secret (version/property/..) to fetch.
       */
      "remoteRef": {
        /**
         * Used to define a conversion Strategy. Defaults to Default when omitted.
         */
        "conversionStrategy"?: "Default" | "Unicode";
        /**
         * Used to define a decoding Strategy. Defaults to None when omitted.
         */
        "decodingStrategy"?: "Auto" | "Base64" | "Base64URL" | "None";
        /**
         * Key is the key used in the Provider, mandatory
         */
        "key": string;
        /**
         * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
         */
        "metadataPolicy"?: "None" | "Fetch";
        /**
         * Controls how ESO handles fetched secret data containing NUL bytes for this source.
         */
        "nullBytePolicy"?: "Ignore" | "Fail";
        /**
         * Used to select a specific property of the Provider value (if a map), if supported
         */
        "property"?: string;
        /**
         * Used to select a specific version of the Provider value, if supported
         */
        "version"?: string;
      };
      /**
       * The key in the Kubernetes Secret to store the value.
       */
      "secretKey": string;
      /**
       * SourceRef allows you to override the source
       * from which the value will be pulled.
       */
      "sourceRef"?: {
        /**
         * GeneratorRef points to a generator custom resource.
         * 
         * Deprecated: The generatorRef is not implemented in .data[].
         * this will be removed with v1.
         */
        "generatorRef"?: {
          /**
           * Specify the apiVersion of the generator resource
           */
          "apiVersion"?: string;
          /**
           * Specify the Kind of the generator resource
           */
          "kind": "ACRAccessToken" | "BeyondtrustWorkloadCredentialsDynamicSecret" | "ClusterGenerator" | "CloudsmithAccessToken" | "ECRAuthorizationToken" | "Fake" | "GCRAccessToken" | "GithubAccessToken" | "GitlabDeployToken" | "QuayAccessToken" | "Password" | "SSHKey" | "STSSessionToken" | "UUID" | "VaultDynamicSecret" | "Webhook" | "Grafana" | "MFA";
          /**
           * Specify the name of the generator resource
           */
          "name": string;
        };
        /**
         * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
         */
        "storeRef"?: {
          /**
           * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
           * Defaults to `SecretStore`
           */
          "kind"?: "SecretStore" | "ClusterSecretStore";
          /**
           * Name of the SecretStore resource
           */
          "name"?: string;
        };
      };
    }>;
    /**
     * DataFrom is used to fetch all properties from a specific Provider data
     * If multiple entries are specified, the Secret keys are merged in the specified order
     */
    "dataFrom"?: Array<{
      /**
       * Used to extract multiple key/value pairs from one secret
       * Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
       */
      "extract"?: {
        /**
         * Used to define a conversion Strategy. Defaults to Default when omitted.
         */
        "conversionStrategy"?: "Default" | "Unicode";
        /**
         * Used to define a decoding Strategy. Defaults to None when omitted.
         */
        "decodingStrategy"?: "Auto" | "Base64" | "Base64URL" | "None";
        /**
         * Key is the key used in the Provider, mandatory
         */
        "key": string;
        /**
         * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
         */
        "metadataPolicy"?: "None" | "Fetch";
        /**
         * Controls how ESO handles fetched secret data containing NUL bytes for this source.
         */
        "nullBytePolicy"?: "Ignore" | "Fail";
        /**
         * Used to select a specific property of the Provider value (if a map), if supported
         */
        "property"?: string;
        /**
         * Used to select a specific version of the Provider value, if supported
         */
        "version"?: string;
      };
      /**
       * Used to find secrets based on tags or regular expressions
       * Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
       */
      "find"?: {
        /**
         * Used to define a conversion Strategy. Defaults to Default when omitted.
         */
        "conversionStrategy"?: "Default" | "Unicode";
        /**
         * Used to define a decoding Strategy. Defaults to None when omitted.
         */
        "decodingStrategy"?: "Auto" | "Base64" | "Base64URL" | "None";
        /**
         * Finds secrets based on the name.
         */
        "name"?: {
          /**
           * Finds secrets base
           */
          "regexp"?: string;
        };
        /**
         * Controls how ESO handles fetched secret data containing NUL bytes for this find source.
         */
        "nullBytePolicy"?: "Ignore" | "Fail";
        /**
         * A root path to start the find operations.
         */
        "path"?: string;
        /**
         * Find secrets based on tags.
         */
        "tags"?: {
          [key: string]: string;
        };
      };
      /**
       * Used to rewrite secret Keys after getting them from the secret Provider
       * Multiple Rewrite operations can be provided. They are applied in a layered order (first to last)
       */
      "rewrite"?: Array<{
        /**
         * Used to merge key/values in one single Secret
         * The resulting key will contain all values from the specified secrets
         */
        "merge"?: {
          /**
           * Used to define the policy to use in conflict resolution.
           */
          "conflictPolicy"?: "Ignore" | "Error";
          /**
           * Used to define the target key of the merge operation.
           * Required if strategy is JSON. Ignored otherwise.
           */
          "into"?: string;
          /**
           * Used to define key priority in conflict resolution.
           */
          "priority"?: Array<string>;
          /**
           * Used to define the policy when a key in the priority list does not exist in the input.
           */
          "priorityPolicy"?: "IgnoreNotFound" | "Strict";
          /**
           * Used to define the strategy to use in the merge operation.
           */
          "strategy"?: "Extract" | "JSON";
        };
        /**
         * Used to rewrite with regular expressions.
         * The resulting key will be the output of a regexp.ReplaceAll operation.
         */
        "regexp"?: {
          /**
           * Used to define the regular expression of a re.Compiler.
           */
          "source": string;
          /**
           * Used to define the target pattern of a ReplaceAll operation.
           */
          "target": string;
        };
        /**
         * Used to apply string transformation on the secrets.
         * The resulting key will be the output of the template applied by the operation.
         */
        "transform"?: {
          /**
           * Used to define the template to apply on the secret name.
           * `.value ` will specify the secret name in the template.
           */
          "template": string;
        };
      }>;
      /**
       * SourceRef points to a store or generator
       * which contains secret values ready to use.
       * Use this in combination with Extract or Find pull values out of
       * a specific SecretStore.
       * When sourceRef points to a generator Extract or Find is not supported.
       * The generator returns a static map of values
       */
      "sourceRef"?: {
        /**
         * GeneratorRef points to a generator custom resource.
         */
        "generatorRef"?: {
          /**
           * Specify the apiVersion of the generator resource
           */
          "apiVersion"?: string;
          /**
           * Specify the Kind of the generator resource
           */
          "kind": "ACRAccessToken" | "BeyondtrustWorkloadCredentialsDynamicSecret" | "ClusterGenerator" | "CloudsmithAccessToken" | "ECRAuthorizationToken" | "Fake" | "GCRAccessToken" | "GithubAccessToken" | "GitlabDeployToken" | "QuayAccessToken" | "Password" | "SSHKey" | "STSSessionToken" | "UUID" | "VaultDynamicSecret" | "Webhook" | "Grafana" | "MFA";
          /**
           * Specify the name of the generator resource
           */
          "name": string;
        };
        /**
         * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
         */
        "storeRef"?: {
          /**
           * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
           * Defaults to `SecretStore`
           */
          "kind"?: "SecretStore" | "ClusterSecretStore";
          /**
           * Name of the SecretStore resource
           */
          "name"?: string;
        };
      };
    }>;
    /**
     * RefreshInterval is the amount of time before the values are read again from the SecretStore provider,
     * specified as Golang Duration strings.
     * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h"
     * Example values: "1h0m0s", "2h30m0s", "10m0s"
     * May be set to "0s" to fetch and create it once. Defaults to 1h0m0s.
     */
    "refreshInterval"?: string;
    /**
     * RefreshPolicy determines how the ExternalSecret should be refreshed:
     * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
     * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
     *   No periodic updates occur if refreshInterval is 0.
     * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
     */
    "refreshPolicy"?: "CreatedOnce" | "Periodic" | "OnChange";
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     */
    "secretStoreRef"?: {
      /**
       * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
       * Defaults to `SecretStore`
       */
      "kind"?: "SecretStore" | "ClusterSecretStore";
      /**
       * Name of the SecretStore resource
       */
      "name"?: string;
    };
    /**
     * SyncWindows optionally restricts when periodic refreshes may occur.
     * Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).
     */
    "syncWindows"?: {
      /**
       * Kind applies to every window in the list.
       * "allow" -- syncs are permitted only while at least one window is active;
       *            all other times are blocked.
       * "deny"  -- syncs are blocked while any window is active;
       *            all other times are permitted.
       */
      "kind": "allow" | "deny";
      /**
       * Windows is the list of schedule+duration pairs.
       */
      "windows": Array<{
        /**
         * Duration specifies how long the window stays open after each Schedule
         * firing. Example: "8h".
         */
        "duration": string;
        /**
         * Schedule is a standard 5-field cron expression evaluated in UTC, or a
         * named shorthand such as @daily or @every 1h. It marks the start time of
         * each window occurrence.
         * Example: "0 22 \* \* 1-5" opens a window every weekday at 22:00 UTC.
         */
        "schedule": string;
      }>;
    };
    /**
     * ExternalSecretTarget defines the Kubernetes Secret to be created,
     * there can be only one target per ExternalSecret.
     */
    "target"?: {
      /**
       * CreationPolicy defines rules on how to create the resulting Secret.
       * Defaults to "Owner"
       */
      "creationPolicy"?: "Owner" | "Orphan" | "Merge" | "None" | "CreateOrMerge";
      /**
       * DeletionPolicy defines rules on how to delete the resulting Secret.
       * Defaults to "Retain"
       */
      "deletionPolicy"?: "Delete" | "Merge" | "Retain";
      /**
       * Immutable defines if the final secret will be immutable
       */
      "immutable"?: boolean;
      /**
       * Manifest defines a custom Kubernetes resource to create instead of a Secret.
       * When specified, ExternalSecret will create the resource type defined here
       * (e.g., ConfigMap, Custom Resource) instead of a Secret.
       * Warning: Using Generic target. Make sure access policies and encryption are properly configured.
       */
      "manifest"?: {
        /**
         * APIVersion of the target resource (e.g., "v1" for ConfigMap, "argoproj.io/v1alpha1" for ArgoCD Application)
         */
        "apiVersion": string;
        /**
         * Kind of the target resource (e.g., "ConfigMap", "Application")
         */
        "kind": string;
      };
      /**
       * The name of the Secret resource to be managed.
       * Defaults to the .metadata.name of the ExternalSecret resource
       */
      "name"?: string;
      /**
       * Template defines a blueprint for the created Secret resource.
       */
      "template"?: {
        "data"?: {
          [key: string]: string;
        };
        /**
         * EngineVersion specifies the template engine version
         * that should be used to compile/execute the
         * template specified in .data and .templateFrom[].
         */
        "engineVersion"?: "v2";
        /**
         * TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
         */
        "mergePolicy"?: "Replace" | "Merge";
        /**
         * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
         */
        "metadata"?: {
          "annotations"?: {
            [key: string]: string;
          };
          "finalizers"?: Array<string>;
          "labels"?: {
            [key: string]: string;
          };
        };
        "templateFrom"?: Array<{
          /**
           * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
           */
          "configMap"?: {
            /**
             * A list of keys in the ConfigMap/Secret to use as templates for Secret data
             */
            "items": Array<{
              /**
               * A key in the ConfigMap/Secret
               */
              "key": string;
              /**
               * TemplateScope specifies how the template keys should be interpreted.
               */
              "templateAs"?: "Values" | "KeysAndValues";
            }>;
            /**
             * The name of the ConfigMap/Secret resource
             */
            "name": string;
          };
          "literal"?: string;
          /**
           * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
           */
          "secret"?: {
            /**
             * A list of keys in the ConfigMap/Secret to use as templates for Secret data
             */
            "items": Array<{
              /**
               * A key in the ConfigMap/Secret
               */
              "key": string;
              /**
               * TemplateScope specifies how the template keys should be interpreted.
               */
              "templateAs"?: "Values" | "KeysAndValues";
            }>;
            /**
             * The name of the ConfigMap/Secret resource
             */
            "name": string;
          };
          /**
           * Target specifies where to place the template result.
           * For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels";
           * any other value is rejected because it would allow writes to privileged Secret fields.
           * For custom resources (when spec.target.manifest is set), this supports
           * nested paths like "spec.database.config" or "data".
           */
          "target"?: string;
          /**
           * Used to define a decoding Strategy for the rendered template values.
           * Defaults to None when omitted.
           */
          "valuesDecodingStrategy"?: "Auto" | "Base64" | "Base64URL" | "None";
        }>;
        "type"?: string;
      };
    };
  };
  /**
   * ExternalSecretStatus defines the observed state of ExternalSecret.
   */
  "status"?: {
    /**
     * Binding represents a servicebinding.io Provisioned Service reference to the secret
     */
    "binding"?: {
      /**
       * Name of the referent.
       * This field is effectively required, but due to backwards compatibility is
       * allowed to be empty. Instances of this type with an empty value here are
       * almost certainly wrong.
       * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
       */
      "name"?: string;
    };
    "conditions"?: Array<{
      "lastTransitionTime"?: string;
      "message"?: string;
      "reason"?: string;
      "status": string;
      /**
       * ExternalSecretConditionType defines a value type for ExternalSecret conditions.
       */
      "type": "Ready" | "Deleted";
    }>;
    /**
     * refreshTime is the time and date the external secret was fetched and
     * the target secret updated
     */
    "refreshTime"?: string;
    /**
     * SyncedResourceVersion keeps track of the last synced version
     */
    "syncedResourceVersion"?: string;
  };
}

/**
 * ExternalSecret is the Schema for the external-secrets API.
 * It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.
 */
export class ExternalSecret extends Model<IExternalSecret> implements IExternalSecret {
  "apiVersion": IExternalSecret["apiVersion"];
  "kind": IExternalSecret["kind"];
  "metadata"?: IExternalSecret["metadata"];
  "spec"?: IExternalSecret["spec"];
  "status"?: IExternalSecret["status"];

static apiVersion: IExternalSecret["apiVersion"] = "external-secrets.io/v1";
static kind: IExternalSecret["kind"] = "ExternalSecret";
static is = createTypeMetaGuard<IExternalSecret>(ExternalSecret);

constructor(data?: ModelData<IExternalSecret>) {
  super();

  this.setDefinedProps({
    apiVersion: ExternalSecret.apiVersion,
    kind: ExternalSecret.kind,
    ...data
  } as IExternalSecret);
}
}


setValidateFunc(ExternalSecret, validate as ValidateFunc<IExternalSecret>);
