export const packetWorkerEntry: string;
export function bundlePacketWorker(options: { root: string; outfile: string; sourcemap?: boolean }): Promise<void>;
