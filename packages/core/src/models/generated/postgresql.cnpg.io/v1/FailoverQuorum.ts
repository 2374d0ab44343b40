import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/PostgresqlCnpgIoV1FailoverQuorum.js";

/**
 * FailoverQuorum contains the information about the current failover
 * quorum status of a PG cluster. It is updated by the instance manager
 * of the primary node and reset to zero by the operator to trigger
 * an update.
 */
export interface IFailoverQuorum {
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
  "kind": "FailoverQuorum";
  "metadata": IObjectMeta;
  /**
   * Most recently observed status of the failover quorum.
   */
  "status"?: {
    /**
     * Contains the latest reported Method value.
     */
    "method"?: string;
    /**
     * Primary is the name of the primary instance that updated
     * this object the latest time.
     */
    "primary"?: string;
    /**
     * StandbyNames is the list of potentially synchronous
     * instance names.
     */
    "standbyNames"?: Array<string>;
    /**
     * StandbyNumber is the number of synchronous standbys that transactions
     * need to wait for replies from.
     */
    "standbyNumber"?: number;
  };
}

/**
 * FailoverQuorum contains the information about the current failover
 * quorum status of a PG cluster. It is updated by the instance manager
 * of the primary node and reset to zero by the operator to trigger
 * an update.
 */
export class FailoverQuorum extends Model<IFailoverQuorum> implements IFailoverQuorum {
  "apiVersion": IFailoverQuorum["apiVersion"];
  "kind": IFailoverQuorum["kind"];
  "metadata": IFailoverQuorum["metadata"];
  "status"?: IFailoverQuorum["status"];

static apiVersion: IFailoverQuorum["apiVersion"] = "postgresql.cnpg.io/v1";
static kind: IFailoverQuorum["kind"] = "FailoverQuorum";
static is = createTypeMetaGuard<IFailoverQuorum>(FailoverQuorum);

constructor(data?: ModelData<IFailoverQuorum>) {
  super();

  this.setDefinedProps({
    apiVersion: FailoverQuorum.apiVersion,
    kind: FailoverQuorum.kind,
    ...data
  } as IFailoverQuorum);
}
}


setValidateFunc(FailoverQuorum, validate as ValidateFunc<IFailoverQuorum>);
