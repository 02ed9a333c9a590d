// Ink's useInput re-subscribes after every render: tests must wrap render, each stdin.write
// and cleanup in act() so a key never reaches a stale handler.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
