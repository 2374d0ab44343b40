import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/PostgresqlCnpgIoV1Publication.js";

/**
 * Publication is the Schema for the publications API
 */
export interface IPublication {
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
  "kind": "Publication";
  "metadata": IObjectMeta;
  /**
   * PublicationSpec defines the desired state of Publication
   */
  "spec": {
    /**
     * The name of the PostgreSQL cluster that identifies the "publisher"
     */
    "cluster": {
      /**
       * Name of the referent.
       * This field is effectively required, but due to backwards compatibility is
       * allowed to be empty. Instances of this type with an empty value here are
       * almost certainly wrong.
       * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
       */
      "name"?: string;
    };
    /**
     * The name of the database where the publication will be installed in
     * the "publisher" cluster
     */
    "dbname": string;
    /**
     * The name of the publication inside PostgreSQL
     */
    "name": string;
    /**
     * Publication parameters part of the `WITH` clause as expected by
     * PostgreSQL `CREATE PUBLICATION` command
     */
    "parameters"?: {
      [key: string]: string;
    };
    /**
     * The policy for end-of-life maintenance of this publication
     */
    "publicationReclaimPolicy"?: "delete" | "retain";
    /**
     * Target of the publication as expected by PostgreSQL `CREATE PUBLICATION` command
     */
    "target": {
      /**
       * Marks the publication as one that replicates changes for all tables
       * in the database, including tables created in the future.
       * Corresponding to `FOR ALL TABLES` in PostgreSQL.
       */
      "allTables"?: boolean;
      /**
       * Just the following schema objects
       */
      "objects"?: Array<{
        /**
         * Specifies a list of tables to add to the publication. Corresponding
         * to `FOR TABLE` in PostgreSQL.
         */
        "table"?: {
          /**
           * The columns to publish
           */
          "columns"?: Array<string>;
          /**
           * The table name
           */
          "name": string;
          /**
           * Whether to limit to the table only or include all its descendants
           */
          "only"?: boolean;
          /**
           * The schema name
           */
          "schema"?: string;
        };
        /**
         * Marks the publication as one that replicates changes for all tables
         * in the specified list of schemas, including tables created in the
         * future. Corresponding to `FOR TABLES IN SCHEMA` in PostgreSQL.
         */
        "tablesInSchema"?: string;
      }>;
    };
  };
  /**
   * PublicationStatus defines the observed state of Publication
   */
  "status"?: {
    /**
     * Applied is true if the publication was reconciled correctly
     */
    "applied"?: boolean;
    /**
     * Message is the reconciliation output message
     */
    "message"?: string;
    /**
     * A sequence number representing the latest
     * desired state that was synchronized
     */
    "observedGeneration"?: number;
  };
}

/**
 * Publication is the Schema for the publications API
 */
export class Publication extends Model<IPublication> implements IPublication {
  "apiVersion": IPublication["apiVersion"];
  "kind": IPublication["kind"];
  "metadata": IPublication["metadata"];
  "spec": IPublication["spec"];
  "status"?: IPublication["status"];

static apiVersion: IPublication["apiVersion"] = "postgresql.cnpg.io/v1";
static kind: IPublication["kind"] = "Publication";
static is = createTypeMetaGuard<IPublication>(Publication);

constructor(data?: ModelData<IPublication>) {
  super();

  this.setDefinedProps({
    apiVersion: Publication.apiVersion,
    kind: Publication.kind,
    ...data
  } as IPublication);
}
}


setValidateFunc(Publication, validate as ValidateFunc<IPublication>);
