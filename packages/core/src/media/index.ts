export {
  isValidMediaKey,
  LocalMediaStorage,
  type MediaStorage,
  mediaRoot,
  type StoredObject,
} from './storage';
