export * from "./ExternalSecret.js";
