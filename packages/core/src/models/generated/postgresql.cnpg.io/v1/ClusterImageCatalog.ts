import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/PostgresqlCnpgIoV1ClusterImageCatalog.js";

/**
 * ClusterImageCatalog is the Schema for the clusterimagecatalogs API
 */
export interface IClusterImageCatalog {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "postgresql.cnpg.io/v1";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "ClusterImageCatalog";
  "metadata": IObjectMeta;
  /**
   * Specification of the desired behavior of the ClusterImageCatalog.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
   */
  "spec": {
    /**
     * ComponentImages is a list of named images for components other than PostgreSQL
     * (e.g. pgbouncer). Keys must be unique within a catalog.
     */
    "componentImages"?: Array<{
      /**
       * Image is the container image reference.
       */
      "image": string;
      /**
       * Key is the unique identifier for this image within the catalog.
       */
      "key": string;
    }>;
    /**
     * List of CatalogImages available in the catalog
     */
    "images": Array<{
      /**
       * The configuration of the extensions to be added
       */
      "extensions"?: Array<{
        /**
         * A list of directories within the image to be appended to the
         * PostgreSQL process's `PATH` environment variable.
         */
        "bin_path"?: Array<string>;
        /**
         * The list of directories inside the image which should be added to dynamic_library_path.
         * If not defined, defaults to "/lib".
         */
        "dynamic_library_path"?: Array<string>;
        /**
         * Env is a list of custom environment variables to be set in the
         * PostgreSQL process for this extension. It is the responsibility of the
         * cluster administrator to ensure the variables are correct for the
         * specific extension. Note that changes to these variables require
         * a manual cluster restart to take effect.
         */
        "env"?: Array<{
          /**
           * Name of the environment variable to be injected into the
           * PostgreSQL process.
           */
          "name": string;
          /**
           * Value of the environment variable. CloudNativePG performs a direct
           * replacement of this value, with support for placeholder expansion.
           * The ${`image_root`} placeholder resolves to the absolute mount path
           * of the extension's volume (e.g., `/extensions/my-extension`). This
           * is particularly useful for allowing applications or libraries to
           * locate specific directories within the mounted image.
           * Unrecognized placeholders are rejected. To include a literal ${...}
           * in the value, escape it as $${...}.
           */
          "value": string;
        }>;
        /**
         * The list of directories inside the image which should be added to extension_control_path.
         * If not defined, defaults to "/share".
         */
        "extension_control_path"?: Array<string>;
        /**
         * The image containing the extension.
         */
        "image"?: {
          /**
           * Policy for pulling OCI objects. Possible values are:
           * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
           * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
           * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
           * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
           */
          "pullPolicy"?: string;
          /**
           * Required: Image or artifact reference to be used.
           * Behaves in the same way as pod.spec.containers[\*].image.
           * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
           * More info: https://kubernetes.io/docs/concepts/containers/images
           * This field is optional to allow higher level config management to default or override
           * container images in workload controllers like Deployments and StatefulSets.
           */
          "reference"?: string;
        };
        /**
         * The list of directories inside the image which should be added to ld_library_path.
         */
        "ld_library_path"?: Array<string>;
        /**
         * The name of the extension, required. The limit of 59 characters
         * leaves room for the prefix the operator adds when deriving the
         * extension's Kubernetes Volume name (capped at 63 characters).
         */
        "name": string;
      }>;
      /**
       * The image reference
       */
      "image": string;
      /**
       * The PostgreSQL major version of the image. Must be unique within the catalog.
       */
      "major": number;
    }>;
  };
}

/**
 * ClusterImageCatalog is the Schema for the clusterimagecatalogs API
 */
export class ClusterImageCatalog extends Model<IClusterImageCatalog> implements IClusterImageCatalog {
  "apiVersion": IClusterImageCatalog["apiVersion"];
  "kind": IClusterImageCatalog["kind"];
  "metadata": IClusterImageCatalog["metadata"];
  "spec": IClusterImageCatalog["spec"];

static apiVersion: IClusterImageCatalog["apiVersion"] = "postgresql.cnpg.io/v1";
static kind: IClusterImageCatalog["kind"] = "ClusterImageCatalog";
static is = createTypeMetaGuard<IClusterImageCatalog>(ClusterImageCatalog);

constructor(data?: ModelData<IClusterImageCatalog>) {
  super();

  this.setDefinedProps({
    apiVersion: ClusterImageCatalog.apiVersion,
    kind: ClusterImageCatalog.kind,
    ...data
  } as IClusterImageCatalog);
}
}


setValidateFunc(ClusterImageCatalog, validate as ValidateFunc<IClusterImageCatalog>);
