// React draws a key's result asynchronously: tests wrap render, each stdin.write and cleanup in
// act() so the frame they read is the one the key led to.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
