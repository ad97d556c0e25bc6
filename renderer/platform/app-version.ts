// The app's version as the build wrote it in (vite.config.ts). Data the window keeps that an
// update's code could work out differently (Today's stored facts) carries it, so an update
// never reads what an earlier version worked out. Outside a build (unit tests) it is "unbuilt".
declare const __CALL_DESK_VERSION__: string | undefined;

export const builtAppVersion: string = typeof __CALL_DESK_VERSION__ === 'string' ? __CALL_DESK_VERSION__ : 'unbuilt';
