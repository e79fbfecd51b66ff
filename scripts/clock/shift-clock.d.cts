export declare function installShiftedDate(target: { Date: DateConstructor }, offsetMs: number): void
export declare function offsetTo(isoInstant: string, now?: number): number
