export * as v1 from "./v1/index.js";
export * as v1beta1 from "./v1beta1/index.js";
