export * from "./VaultDynamicSecret.js";
