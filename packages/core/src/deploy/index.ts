export * from './model.js';
export { contentHash, KUSTOMIZE_CLUSTER_SCOPED, KustomizeRenderer, select, type Item, type RenderHost, type RenderOutput, type RenderProblem, type RootOverrides } from './kustomize.js';
export { strategicMerge, applyJsonPatch, type JsonPatchOp } from './merge.js';
export { originIn, type Layer, type Origin } from './provenance.js';
export { substituteString, substituteValue, UNKNOWN_VAR } from './substitute.js';
export { appSetCandidatesFor, expandApplicationSet, type AppSetCandidate } from './appset.js';
export * from './render.js';
