export * from "./ObjectStore.js";
