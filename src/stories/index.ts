// The story clusterer's public face: what the service, evaluation and CLI layers may use.
export { StoryClusterer } from './clusterer.js';
export { storyInput } from './input.js';
export { readListing, sortStories, writeListing } from './listing.js';
export {
  articleFeatures, featureKey, packFeatures, unpackFeatures, type ArticleFeatures, type PackedFeatures,
} from './article.js';
export type { PreparedStoryInput, StoryAssignment, StoryInput } from './model.js';
export { DEFAULT_STORY_OPTIONS, type StoryOptions } from './options.js';
export { LABEL_VERSION, type Relabel } from './relabel.js';
export type { SavedStoryState } from './state.js';
