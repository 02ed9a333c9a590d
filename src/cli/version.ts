// Replaced at build time with the package version (see scripts/build.mjs).
declare const __CLF_TRAINER_VERSION__: string | undefined;

export const VERSION: string = typeof __CLF_TRAINER_VERSION__ === 'string' ? __CLF_TRAINER_VERSION__ : '0.0.0-dev';
