/** Emitted on `process` once a screen's first frame is on the terminal (the launcher then stores the code cache). */
export const FIRST_FRAME_DRAWN = 'clf-trainer:first-frame-drawn';
